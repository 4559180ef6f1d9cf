import HandbookChecks
import HandbookModel

/// Every page of the site, made by one generator per kind of page. A policy's pages can be made
/// (and written, and forgotten) one policy at a time, so a large handbook is never all in memory.
package struct SiteModel: Sendable {
    package let config: HandbookConfig
    package let glossary: Glossary
    /// Policy text carries rule tags worded by a template, so it is made with the templates at hand.
    package let templates: TemplateSet
    /// Every policy's title and category, for the links between policies.
    package let directory: [PolicyListing]

    package init(config: HandbookConfig, glossary: Glossary = Glossary(), templates: TemplateSet,
                 directory: [PolicyListing] = []) {
        self.config = config
        self.glossary = glossary
        self.templates = templates
        self.directory = directory
    }

    /// Every page that belongs to one policy, in a fixed order, and the policy as the
    /// handbook-wide pages see it, with whom its newest release asks to sign.
    package func policy(_ publication: PolicyPublication) throws(TemplateMissing) -> (pages: [SitePage], summary: PolicySummary) {
        let details = EditionDetails(publication: publication, config: config)
        var pages = try PolicyTextPages(config: config, templates: templates, publication: publication, details: details).pages()
        if !publication.releases.isEmpty { pages += ChangesPage(config: config, publication: publication, details: details).pages() }
        pages += FormPages(config: config, publication: publication, details: details).pages()
        pages += ReaderViewPages(config: config, glossary: glossary, directory: directory, publication: publication,
                                 details: details).pages()
        pages += TranslatedPages(config: config).pages(of: publication)
        var summary = publication.summary
        if !publication.isDraft, let latest = publication.releases.last {
            summary.askedToSign = Set(details.plan.asked(latest.edition.version.text))
        }
        return (pages, summary)
    }

    /// The search page: a form, and results listed by a script over the site's search index.
    private func searchPage() -> SitePage {
        let readers = config.audiences.flatMap { audience in
            audience.views.map { band in
                ReaderOption(path: SitePaths.folder(of: SitePaths.readerHome(audience.id, band: band?.id)),
                             name: band.map { "\(audience.name): \($0.name)" } ?? audience.name)
            }
        }
        var page = SitePage(path: SitePaths.search, template: PageTemplates.search, bodyClass: "page-search",
                            data: SearchPageData(readers: readers))
        page.breadcrumbs = [Crumb(url: "../" + SitePaths.index, step: .home)]
        return page
    }

    /// `reviews.ics`, when any policy is released.
    package func reviewCalendar(_ summaries: [PolicySummary]) -> SiteFile? {
        ReviewCalendar(config: config, summaries: summaries).file()
    }

    /// The pages about the whole handbook: the front page, each reader's home, the governors'
    /// list and the accessibility statement.
    package func sharedPages(_ summaries: [PolicySummary], search: Bool = false) -> [SitePage] {
        var accessibility = SitePage(path: SitePaths.accessibility, template: PageTemplates.accessibility,
                                     bodyClass: "page-statement", data: AccessibilityData(details: config.accessibility,
                                                               checksReadability: config.audiences.contains { audience in
                                                                   audience.maxGrade != nil || audience.bands.contains { $0.maxGrade != nil }
                                                               }))
        accessibility.breadcrumbs = [Crumb(url: "../" + SitePaths.index, step: .home)]
        var pages = HandbookPages(config: config, summaries: summaries).pages()
        var notFound = SitePage(path: SitePaths.notFound, template: PageTemplates.notFound,
                                bodyClass: "page-not-found", data: NotFoundData())
        notFound.isServedAnywhere = true
        pages += [TopicsPage(config: config, summaries: summaries).page(), accessibility, notFound]
        pages += TranslatedPages(config: config).homes(summaries)
        if let feed = FeedPage(config: config, summaries: summaries).page() { pages.append(feed) }
        if search { pages += [searchPage()] + TranslatedPages(config: config).searchPages() }
        return pages
    }
}
