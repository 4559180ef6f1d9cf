import HandbookChecks
import HandbookMarkdown
import HandbookModel

/// One view of a policy per reader: staff, parents, and pupils band by band.
struct ReaderViewPages {
    let config: HandbookConfig
    let glossary: Glossary
    let directory: [PolicyListing]
    let publication: PolicyPublication

    func pages() -> [SitePage] {
        config.audiences.flatMap { audience in audience.views.map { page(audience: audience, band: $0) } }
    }

    private func link(to other: PolicyListing, audience: Audience, band: Band?, root: String) -> TitledLink {
        TitledLink(title: other.title, url: root + SitePaths.audienceView(audience.id, band: band?.id, policy: other.id))
    }

    private func page(audience: Audience, band: Band?) -> SitePage {
        let prepared = publication.current
        let policy = prepared.policy
        let details = EditionDetails(publication: publication)
        let path = SitePaths.audienceView(audience.id, band: band?.id, policy: publication.id)
        let root = SitePaths.root(of: path)
        let policyURL = root + SitePaths.policy(publication.id)
        var cards: [RuleCard] = []
        var sections: [(heading: Heading?, rules: [RuleCard])] = []
        var terms = GlossaryMarkup(glossary: glossary, audience: audience.id, band: band?.id)
        let changes = SignedChanges(publication)
        for rule in policy.rules {
            guard let summary = rule.summary(for: audience.id, band: band?.id) else { continue }
            let binds = rule.binds(audience.id, band: band?.id)
            let appliesTo = rule.appliesTo.compactMap { entry -> String? in
                let named = Rule.reader(entry.value)
                guard let other = config.audience(named.audience) else { return nil }
                let bandName = named.band.flatMap { id in other.bands.first { $0.id == id }?.name }
                return other.name.lowercased() + (bandName.map { " in " + $0 } ?? "")
            }.joined(separator: " and ")
            let card = RuleCard(
                id: rule.id.value, anchor: rule.anchor, number: cards.count + 1, summary: summary.text,
                summaryHTML: terms.annotate(summary.text), wording: prepared.wording(of: rule),
                kind: rule.kind.rawValue, cardKind: binds ? rule.kind.rawValue : RuleKind.info.rawValue,
                kindOf: KindData(kind: rule.kind), bindsReader: binds,
                appliesTo: appliesTo, acknowledge: rule.isAcknowledged(by: audience.id, band: band?.id),
                mark: rule.isAcknowledged(by: audience.id, band: band?.id)
                    ? changes.mark(rule, audience: audience.id, band: band?.id) : nil,
                url: policyURL + "#" + rule.anchor)
            cards.append(card)
            let heading = prepared.section(of: rule)
            if let last = sections.last, last.heading == heading {
                sections[sections.count - 1].rules.append(card)
            } else {
                sections.append((heading, [card]))
            }
        }
        let acknowledges = cards.contains { $0.acknowledge }
        let edition = policy.edition
        let category = edition.category.flatMap { config.category($0.value) }
        let related = edition.related.compactMap { id in directory.first { $0.id == id.value } }
        let neighbours = category.map { category in
            directory.filter { $0.category == category.id && $0.id != publication.id && !related.contains($0) }
        } ?? []
        let formURL: String? = acknowledges
            ? root + SitePaths.form(publication.id, FormPages.slug(audience, band: band)) : nil
        let ruleSections = sections.map { section in
            RuleSection(heading: section.heading?.text,
                        url: policyURL + (section.heading.map { "#" + $0.id } ?? ""), rules: section.rules)
        }
        let glossaryTerms = terms.used.map {
            GlossaryTerm(term: $0.entry.term, anchor: $0.entry.anchor, definition: $0.definition)
        }
        let data = ReaderViewData(
            edition: details.data(policy, page: path), audienceName: audience.name,
            bandName: band?.name, ages: AgesData(band?.ages), rules: cards, ruleCount: cards.count,
            glossary: glossaryTerms, hasGlossary: !glossaryTerms.isEmpty, signs: band == nil && acknowledges,
            formURL: formURL, sections: ruleSections,
            comparedWith: acknowledges ? changes.comparedWith?.edition.version : nil,
            views: details.viewLinks(config: config, page: path),
            categoryName: category?.name,
            sameCategory: neighbours.map { link(to: $0, audience: audience, band: band, root: root) },
            related: related.map { link(to: $0, audience: audience, band: band, root: root) })
        let pupils = audience.kind == .pupils
        var page = SitePage(kind: .readerView, path: path, template: pupils ? "pupils" : "audience",
                            bodyClass: pupils ? "page-pupils" : "page-audience", data: data)
        page.breadcrumbs = Crumb.toReaderHome(audience, band: band, from: root)
        return page
    }
}
