/// Template values for acknowledgement forms: the rules a reader signs for, in their words,
/// and the exact edition they sign.
enum FormContext {
    /// The audience's form folder name: `staff-sign-off`, or `pupil-agreement-years-3-4` for a band.
    static func slug(_ audience: Audience, band: Band?) -> String {
        guard let band else { return "\(audience.id)-sign-off" }
        let singular = audience.id.hasSuffix("s") ? String(audience.id.dropLast()) : audience.id
        return "\(singular)-agreement-\(band.id)"
    }

    /// The rules the audience acknowledges, numbered, with the ones new or changed since the
    /// last material edition before this one marked.
    static func rules(_ publication: PolicyPublication, audience: Audience, band: Band?,
                      config: HandbookConfig) -> (rules: [[String: Any]], comparedWith: String?) {
        let policy = publication.current.policy
        let earlier = previousMaterialEdition(publication)
        let changed: [String: RuleChange.Kind] = earlier.map { previous in
            Dictionary(RuleDiff.compare(old: previous.rules, new: policy.rules, config: config)
                .map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        } ?? [:]
        var rules: [[String: Any]] = []
        for rule in policy.rules where rule.acknowledge.contains(where: { $0.value == audience.id }) {
            guard let summary = rule.summary(for: audience.id, band: band?.id) else { continue }
            var entry: [String: Any] = ["number": rules.count + 1, "summary": summary.text, "id": rule.id.value]
            switch changed[rule.id.value] {
            case .added?: entry["mark"] = "New"
            case .changed?: entry["mark"] = "Changed"
            default: break
            }
            rules.append(entry)
        }
        return (rules, earlier?.edition.version)
    }

    /// The newest released material edition older than the one shown: what staff last signed.
    static func previousMaterialEdition(_ publication: PolicyPublication) -> Policy? {
        let current = publication.current.policy
        guard let version = VersionNumber(current.edition.version) else { return nil }
        return publication.releases.last { $0.edition.version < version && $0.edition.policy.edition.material }?
            .edition.policy
    }

    static func sheet(_ publication: PolicyPublication, audience: Audience, band: Band?, config: HandbookConfig,
                      page: String) -> [String: Any] {
        let policy = publication.current.policy
        var context = PageContext.base(page: page, title: "\(policy.edition.title) – \(band == nil ? "sign-off sheet" : "agreement")",
                                       config: config, bodyClass: "page-form")
        context["edition"] = PageContext.edition(policy, publication: publication, page: page)
        let (rules, comparedWith) = rules(publication, audience: audience, band: band, config: config)
        context["rules"] = rules
        context["hasMarks"] = rules.contains { $0["mark"] != nil }
        if let comparedWith { context["comparedWith"] = comparedWith }
        context["audienceName"] = audience.name
        if let band {
            context["bandName"] = band.name
            if let ages = band.ages { context["ages"] = "ages \(ages.lowerBound) to \(ages.upperBound)" }
        }
        return context
    }
}
