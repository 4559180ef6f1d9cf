/// Builds the page models for one handbook: the index, each policy's full text and each audience view.
struct PageBuilder {
    let config: HandbookConfig
    let templates: TemplateSet

    func indexPage(_ policies: [Policy]) -> (path: String, html: String) {
        let page = SitePaths.index
        var context = PageContext.base(page: page, title: config.title, config: config, bodyClass: "page-index")
        context["policies"] = policies.map { policy -> [String: Any] in
            var entry = PageContext.edition(policy, page: page)
            entry["id"] = policy.id
            return entry
        }
        context["audiences"] = config.audiences.map { audience -> [String: Any] in
            let links = { (band: String?) in
                policies.map { policy -> [String: Any] in
                    ["title": policy.edition.title,
                     "url": SitePaths.audienceView(audience.id, band: band, policy: policy.id)]
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

    func policyPage(_ prepared: PreparedPolicy) -> (path: String, html: String) {
        let policy = prepared.policy
        let page = SitePaths.policy(policy.id)
        var byBlock: [Int: [Rule]] = [:]
        for rule in policy.rules {
            if let block = prepared.anchors[rule.id.value] { byBlock[block, default: []].append(rule) }
        }
        let outline = prepared.outline
        let shift = outline.headings.contains { $0.level == 1 } ? 1 : 0
        let body = prepared.document.renderHTML(tags: byBlock.mapValues(RuleTagMarkup.opening(for:)),
                                                headingLevelShift: shift)
        var context = PageContext.base(page: page, title: "\(policy.edition.title) – full text",
                                       config: config, bodyClass: "page-policy")
        context["edition"] = PageContext.edition(policy, page: page)
        context["contents"] = outline.headings.filter { $0.level <= outline.headings.map(\.level).min() ?? 1 }
            .map { ["text": $0.text, "id": $0.id] }
        context["hasContents"] = !outline.headings.isEmpty
        context["body"] = body
        context["ruleCount"] = policy.rules.count
        context["views"] = viewLinks(policy, page: page)
        return (page, templates.render("policy", context))
    }

    /// A view for an audience without bands (staff, parents) or for one band of an audience.
    func audiencePage(_ prepared: PreparedPolicy, audience: Audience, band: Band?) -> (path: String, html: String) {
        let policy = prepared.policy
        let page = SitePaths.audienceView(audience.id, band: band?.id, policy: policy.id)
        let readerName = band.map { "\(audience.name): \($0.name)" } ?? audience.name
        var context = PageContext.base(page: page, title: "\(policy.edition.title) – \(readerName)",
                                       config: config, bodyClass: band == nil ? "page-audience" : "page-pupils")
        context["edition"] = PageContext.edition(policy, page: page)
        context["audienceName"] = audience.name
        context["readerName"] = readerName
        if let band {
            context["bandName"] = band.name
            if let ages = band.ages { context["ages"] = "ages \(ages.lowerBound) to \(ages.upperBound)" }
        }
        let policyURL = SitePaths.root(of: page) + SitePaths.policy(policy.id)
        var cards: [[String: Any]] = []
        var sections: [(heading: Heading?, rules: [[String: Any]])] = []
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
        context["sections"] = sections.map { section -> [String: Any] in
            ["heading": section.heading?.text ?? "General",
             "url": policyURL + (section.heading.map { "#" + $0.id } ?? ""),
             "rules": section.rules]
        }
        context["views"] = viewLinks(policy, page: page)
        return (page, templates.render(band == nil ? "audience" : "pupils", context))
    }

    /// Links to every view of a policy, for the "read this for…" list on each page.
    private func viewLinks(_ policy: Policy, page: String) -> [[String: Any]] {
        let root = SitePaths.root(of: page)
        var links: [[String: Any]] = []
        for audience in config.audiences {
            let bands: [Band?] = audience.hasBands ? audience.bands.map { $0 } : [nil]
            for band in bands {
                let path = SitePaths.audienceView(audience.id, band: band?.id, policy: policy.id)
                links.append(["name": band.map { "\(audience.name): \($0.name)" } ?? audience.name,
                              "url": root + path, "current": path == page])
            }
        }
        links.append(["name": "Full policy text", "url": root + SitePaths.policy(policy.id),
                      "current": page == SitePaths.policy(policy.id)])
        return links
    }
}
