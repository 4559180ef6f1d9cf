import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// Builds the pages of one handbook: the index, each policy's full text (current and every
/// release), its changes and each audience view.
package struct PageBuilder {
    package typealias Page = (path: String, html: String)

    package let config: HandbookConfig
    package let templates: TemplateSet
    package var glossary = Glossary()

    package init(config: HandbookConfig, templates: TemplateSet, glossary: Glossary = Glossary()) {
        self.config = config
        self.templates = templates
        self.glossary = glossary
    }

    package func indexPage(_ publications: [PolicyPublication]) -> Page {
        let page = SitePaths.index
        var context = PageContext.base(page: page, title: config.title, config: config, bodyClass: "page-index")
        context["policies"] = publications.map { publication -> [String: Any] in
            var entry = PageContext.edition(publication.current.policy, publication: publication, page: page)
            entry["id"] = publication.id
            return entry
        }
        context["audiences"] = config.audiences.map { audience -> [String: Any] in
            let links = { (band: String?) in
                publications.map { publication -> [String: Any] in
                    ["title": publication.current.policy.edition.title,
                     "url": SitePaths.audienceView(audience.id, band: band, policy: publication.id)]
                }
            }
            return [
                "id": audience.id,
                "name": audience.name,
                "hasBands": audience.hasBands,
                "policies": audience.hasBands ? [] : links(nil),
                "bands": audience.bands.map { band -> [String: Any] in
                    var entry: [String: Any] = ["id": band.id, "name": band.name, "policies": links(band.id)]
                    if let ages = band.ages { entry["ages"] = "ages \(ages.lowerBound) to \(ages.upperBound)" }
                    return entry
                },
            ]
        }
        return (page, templates.render("index", context))
    }

    package func accessibilityPage() -> Page {
        let page = SitePaths.accessibility
        let context = PageContext.base(page: page, title: "Accessibility statement", config: config,
                                       bodyClass: "page-statement")
        return (page, templates.render("accessibility", context))
    }

    /// The full text of the current edition (`release` nil) or of one released edition.
    package func policyPage(_ publication: PolicyPublication, release: ReleasedEdition? = nil,
                    prepared: PreparedEdition) -> Page {
        let policy = prepared.policy
        let page = release.map { SitePaths.edition(publication.id, version: $0.version.text) }
            ?? SitePaths.policy(publication.id)
        let title = "\(policy.edition.title) \(release.map { "edition \($0.version)" } ?? "– full text")"
        var context = PageContext.base(page: page, title: title, config: config, bodyClass: "page-policy")
        context["edition"] = PageContext.edition(policy, publication: publication, page: page, release: release)
        let outline = prepared.outline
        let topLevel = outline.headings.map(\.level).min() ?? 1
        context["contents"] = outline.headings.filter { $0.level == topLevel }.map { ["text": $0.text, "id": $0.id] }
        context["hasContents"] = !outline.headings.isEmpty
        context["body"] = PolicyLink.placingRoot(SitePaths.root(of: page), in: prepared.bodyHTML())
        context["ruleCount"] = policy.rules.count
        context["views"] = viewLinks(publication, page: page)
        return (page, templates.render("policy", context))
    }

    /// Every edition against the one before, newest first.
    package func changesPage(_ publication: PolicyPublication) -> Page {
        let page = SitePaths.changes(publication.id)
        let policy = publication.current.policy
        var context = PageContext.base(page: page, title: "\(policy.edition.title) – what changed",
                                       config: config, bodyClass: "page-changes")
        context["edition"] = PageContext.edition(policy, publication: publication, page: page)
        let root = SitePaths.root(of: page)
        var editions: [[String: Any]] = []
        let releases = publication.releases
        for index in releases.indices.reversed() {
            let (release, prepared) = releases[index]
            var entry: [String: Any] = [
                "version": release.version.text,
                "released": release.released.longForm,
                "effective": prepared.policy.edition.effective.longForm,
                "url": root + SitePaths.edition(publication.id, version: release.version.text),
                "fingerprintShort": prepared.policy.fingerprint.short,
                "material": prepared.policy.edition.material,
                "signOff": PageContext.signOff(prepared.policy, publication: publication, release: release, isDraft: false),
            ]
            if let changes = prepared.policy.edition.changes { entry["changes"] = changes }
            if index > 0 {
                let (previous, previousPrepared) = releases[index - 1]
                let comparison = EditionComparison.compare(previousPrepared.policy, outline: previousPrepared.outline,
                                                           prepared.policy, outline: prepared.outline, config: config)
                entry["previousVersion"] = previous.version.text
                entry["comparison"] = ComparisonContext.make(comparison)
            } else {
                entry["isFirst"] = true
            }
            editions.append(entry)
        }
        context["editions"] = editions
        context["views"] = viewLinks(publication, page: page)
        return (page, templates.render("changes", context))
    }

    /// A view for an audience without bands (staff, parents) or for one band of an audience.
    package func audiencePage(_ publication: PolicyPublication, audience: Audience, band: Band?) -> Page {
        let prepared = publication.current
        let policy = prepared.policy
        let page = SitePaths.audienceView(audience.id, band: band?.id, policy: publication.id)
        let readerName = band.map { "\(audience.name): \($0.name)" } ?? audience.name
        var context = PageContext.base(page: page, title: "\(policy.edition.title) – \(readerName)",
                                       config: config, bodyClass: audience.kind == .pupils ? "page-pupils" : "page-audience")
        context["edition"] = PageContext.edition(policy, publication: publication, page: page)
        context["audienceName"] = audience.name
        context["readerName"] = readerName
        if let band {
            context["bandName"] = band.name
            if let ages = band.ages { context["ages"] = "ages \(ages.lowerBound) to \(ages.upperBound)" }
        }
        let policyURL = SitePaths.root(of: page) + SitePaths.policy(publication.id)
        var cards: [[String: Any]] = []
        var sections: [(heading: Heading?, rules: [[String: Any]])] = []
        var terms = GlossaryMarkup(glossary: glossary, audience: audience.id, band: band?.id)
        for rule in policy.rules {
            guard let summary = rule.summary(for: audience.id, band: band?.id) else { continue }
            let binds = rule.appliesTo.contains { $0.value == audience.id }
            let appliesTo = rule.appliesTo.compactMap { config.audience($0.value)?.name.lowercased() }
                .joined(separator: " and ")
            let card: [String: Any] = [
                "id": rule.id.value,
                "anchor": rule.anchor,
                "number": cards.count + 1,
                "summary": summary.text,
                "summaryHTML": terms.annotate(summary.text),
                "wording": prepared.wording(of: rule),
                "kind": rule.kind.rawValue,
                "cardKind": binds ? rule.kind.rawValue : RuleKind.info.rawValue,
                "kindLabel": rule.kind.label,
                "pupilLabel": binds ? "My promise" : "Good to know",
                "bindsReader": binds,
                "appliesTo": appliesTo,
                "acknowledge": rule.acknowledge.contains { $0.value == audience.id },
                "url": policyURL + "#" + rule.anchor,
            ]
            cards.append(card)
            let heading = prepared.section(of: rule)
            if let last = sections.last, last.heading == heading {
                sections[sections.count - 1].rules.append(card)
            } else {
                sections.append((heading, [card]))
            }
        }
        context["rules"] = cards
        context["ruleCount"] = cards.count
        context["glossary"] = terms.used.map { ["term": $0.entry.term, "anchor": $0.entry.anchor, "definition": $0.definition] }
        context["hasGlossary"] = !terms.used.isEmpty
        context["signs"] = band == nil && cards.contains { $0["acknowledge"] as? Bool == true }
        if cards.contains(where: { $0["acknowledge"] as? Bool == true }) {
            context["formURL"] = SitePaths.root(of: page) + SitePaths.form(publication.id, FormContext.slug(audience, band: band))
        }
        context["sections"] = sections.map { section -> [String: Any] in
            ["heading": section.heading?.text ?? "General",
             "url": policyURL + (section.heading.map { "#" + $0.id } ?? ""),
             "rules": section.rules]
        }
        context["views"] = viewLinks(publication, page: page)
        return (page, templates.render(audience.kind == .pupils ? "pupils" : "audience", context))
    }

    /// Links to every view of a policy, for the "read this for…" list on each page.
    private func viewLinks(_ publication: PolicyPublication, page: String) -> [[String: Any]] {
        let root = SitePaths.root(of: page)
        var links: [[String: Any]] = []
        for audience in config.audiences {
            let bands: [Band?] = audience.hasBands ? audience.bands.map { $0 } : [nil]
            for band in bands {
                let path = SitePaths.audienceView(audience.id, band: band?.id, policy: publication.id)
                links.append(["name": band.map { "\(audience.name): \($0.name)" } ?? audience.name,
                              "url": root + path, "current": path == page])
            }
        }
        links.append(["name": "Full policy text", "url": root + SitePaths.policy(publication.id),
                      "current": page == SitePaths.policy(publication.id)])
        if !publication.releases.isEmpty {
            links.append(["name": "What changed", "url": root + SitePaths.changes(publication.id),
                          "current": page == SitePaths.changes(publication.id)])
        }
        return links
    }
}
