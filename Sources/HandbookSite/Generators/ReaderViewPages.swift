import HandbookChecks
import HandbookMarkdown
import HandbookModel

/// One view of a policy per reader: staff, parents, and pupils band by band.
struct ReaderViewPages {
    let config: HandbookConfig
    let glossary: Glossary
    let directory: [PolicyListing]
    let publication: PolicyPublication
    /// Worked out once per policy: whom each edition asks to sign reads every edition's text.
    let details: EditionDetails

    func pages() -> [SitePage] {
        return config.audiences.flatMap { audience in audience.views.map { page(audience: audience, band: $0, details: details) } }
    }

    private func link(to other: PolicyListing, audience: Audience, band: Band?, root: String) -> TitledLink {
        TitledLink(title: other.title, url: root + SitePaths.audienceView(audience.id, band: band?.id, policy: other.id),
                   isDraft: other.isDraft)
    }

    /// The agreements a child signs for this policy, one per band of pupils that signs.
    private func agreements(root: String) -> [TitledLink] {
        let rules = publication.current.policy.rules
        return config.audiences.filter { $0.kind == .pupils }.flatMap { pupils in
            pupils.views.compactMap { band -> TitledLink? in
                guard rules.contains(where: { $0.isAcknowledged(by: pupils.id, band: band?.id) }) else { return nil }
                return TitledLink(title: band?.name ?? pupils.name,
                                  url: root + SitePaths.form(publication.id, FormPages.slug(pupils, band: band)))
            }
        }
    }

    private func page(audience: Audience, band: Band?, details: EditionDetails) -> SitePage {
        let prepared = publication.current
        let policy = prepared.policy
        let path = SitePaths.audienceView(audience.id, band: band?.id, policy: publication.id)
        let root = SitePaths.root(of: path)
        let policyURL = root + SitePaths.policy(publication.id)
        var placed: [(card: RuleCard, heading: Heading?, rule: Rule)] = []
        var terms = GlossaryMarkup(glossary: glossary, audience: audience.id, band: band?.id)
        let reader = ReaderKey(audience: audience.id, band: band?.id)
        let changes = SignedChanges(details, reader: reader)
        for rule in policy.rules {
            guard let summary = rule.summary(for: audience.id, band: band?.id) else { continue }
            let binds = rule.binds(audience.id, band: band?.id)
            let appliesTo = rule.appliesTo.compactMap { entry -> String? in
                let named = Rule.reader(entry.value)
                guard let other = config.audience(named.audience) else { return nil }
                let bandName = named.band.flatMap { id in other.bands.first { $0.id == id }?.name }
                return other.name.lowercased() + (bandName.map { " in " + $0 } ?? "")
            }.joined(separator: " and ")
            let heading = prepared.section(of: rule)
            let isPromise = rule.isPromise(of: audience.id, band: band?.id)
            let card = RuleCard(
                id: rule.id.value, anchor: rule.anchor, number: 0, summary: summary.text,
                summaryHTML: terms.annotate(summary.text),
                whyHTML: rule.reason(for: audience.id, band: band?.id).map { terms.annotate($0.text) },
                wording: prepared.wording(of: rule), section: heading?.text,
                kind: rule.kind.rawValue, cardKind: isPromise ? rule.kind.rawValue : RuleKind.info.rawValue,
                kindOf: KindData(kind: rule.kind), bindsReader: binds, isPromise: isPromise,
                appliesTo: appliesTo, acknowledge: rule.isAcknowledged(by: audience.id, band: band?.id),
                mark: rule.isAcknowledged(by: audience.id, band: band?.id)
                    ? changes.mark(rule) : nil,
                url: policyURL + "#" + rule.anchor)
            placed.append((card, heading, rule))
        }
        let groups = RuleGrouping(config: config, audience: audience, band: band, pupilHeadings: policy.edition.pupilHeadings)
            .groups(placed, policyURL: policyURL)
        let cards = groups.flatMap { $0.sections.flatMap(\.rules) }
        let acknowledges = cards.contains { $0.acknowledge }
        let edition = policy.edition
        let category = edition.category.flatMap { config.category($0.value) }
        let related = edition.related.compactMap { id in directory.first { $0.id == id.value } }
        let neighbours = category.map { category in
            directory.filter { $0.category == category.id && $0.id != publication.id && !related.contains($0) }
        } ?? []
        let formURL: String? = acknowledges
            ? root + SitePaths.form(publication.id, FormPages.slug(audience, band: band)) : nil
        let glossaryTerms = terms.used.map {
            GlossaryTerm(term: $0.entry.term, anchor: $0.entry.anchor, definition: $0.definition)
        }
        var data = ReaderViewData(
            edition: details.data(policy, page: path, reader: reader), audienceName: audience.name,
            bandName: band?.name, ages: AgesData(band?.ages), rules: cards, ruleCount: cards.count,
            glossary: glossaryTerms, hasGlossary: !glossaryTerms.isEmpty, signs: band == nil && acknowledges,
            formURL: formURL, groups: groups,
            agreements: audience.kind == .parents ? agreements(root: root) : [],
            help: band.flatMap { band in config.pupilHelp.map { HelpData($0, band: band) } },
            readsWithAdult: band?.readsWithAdult ?? false,
            comparedWith: acknowledges ? changes.comparedWith : nil,
            views: details.viewLinks(config: config, page: path),
            categoryName: category?.name,
            sameCategory: neighbours.map { link(to: $0, audience: audience, band: band, root: root) },
            related: related.map { link(to: $0, audience: audience, band: band, root: root) })
        if audience.kind == .parents {
            data.languages = TranslatedPages.switcher(config, languages: publication.entry.translations.map(\.language),
                                                      current: nil) {
                root + TranslatedPages.page(audience.id, language: $0.id, policy: publication.id)
            }
        }
        let pupils = audience.kind == .pupils
        let template = switch audience.kind {
        case .staff: PageTemplates.audience
        case .parents: PageTemplates.parents
        case .pupils: PageTemplates.pupils
        }
        var page = SitePage(path: path, template: template,
                            bodyClass: pupils ? "page-pupils page-pupils--\(band?.readsWithAdult == true ? "with-adult" : "alone")"
                                : "page-audience", data: data)
        page.breadcrumbs = Crumb.toReaderHome(audience, band: band, from: root)
        page.isSearched = true
        return page
    }
}
