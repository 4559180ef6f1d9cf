import HandbookChecks
import HandbookMarkdown
import HandbookModel

/// The official text: the current edition at `policies/P/` and each release at `policies/P/V/`.
struct PolicyTextPages {
    let config: HandbookConfig
    let templates: TemplateSet
    let publication: PolicyPublication
    /// Worked out once per policy: whom each edition asks to sign reads every edition's text.
    let details: EditionDetails

    func pages() throws(TemplateMissing) -> [SitePage] {
        // A release that is the working copy's text shares its parsed tree; render each tree once.
        var rendered: [Fingerprint: RootedHTML] = [:]
        func body(_ prepared: PreparedEdition) throws(TemplateMissing) -> RootedHTML {
            if let html = rendered[prepared.policy.fingerprint] { return html }
            let html = try prepared.bodyHTML(tags: templates)
            rendered[prepared.policy.fingerprint] = html
            return html
        }
        var pages = [page(prepared: publication.current, release: nil, body: try body(publication.current), details: details)]
        for (release, prepared) in publication.releases {
            pages.append(page(prepared: prepared, release: release, body: try body(prepared), details: details))
        }
        return pages
    }

    private func page(prepared: PreparedEdition, release: ReleasedEdition?, body: RootedHTML, details: EditionDetails) -> SitePage {
        let policy = prepared.policy
        let path = release.map { SitePaths.edition(publication.id, version: $0.version.text) }
            ?? SitePaths.policy(publication.id)
        let outline = prepared.outline
        let topLevel = outline.headings.map(\.level).min() ?? 1
        let contents = outline.headings.filter { $0.level == topLevel }.map { ContentsEntry(text: $0.text, id: $0.id) }
        let data = PolicyTextData(
            edition: details.data(policy, page: path, release: release),
            contents: contents,
            hasContents: !outline.headings.isEmpty,
            contentsNumbered: !contents.isEmpty && contents.allSatisfy(\.startsWithNumber),
            body: body.placed(root: SitePaths.root(of: path)),
            ruleCount: policy.rules.count,
            views: details.viewLinks(config: config, page: path),
            isRelease: release != nil)
        var page = SitePage(path: path, template: PageTemplates.policy,
                            bodyClass: "page-policy", data: data)
        page.linkSources = prepared.linkSources(root: SitePaths.root(of: path))
        page.isSearched = release == nil
        page.breadcrumbs = Crumb.toPolicy(publication.id, title: release == nil ? nil : publication.current.policy.edition.title,
                                          from: SitePaths.root(of: path))
        return page
    }
}
