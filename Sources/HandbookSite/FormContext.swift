import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// Template values for acknowledgement forms: the rules a reader signs for, in their words,
/// and the exact edition they sign.
package enum FormContext {
    /// The audience's form folder name: `staff-sign-off`, or `pupil-agreement-years-3-4` for a band.
    package static func slug(_ audience: Audience, band: Band?) -> String {
        guard let band else { return "\(audience.id)-sign-off" }
        let singular = audience.id.hasSuffix("s") ? String(audience.id.dropLast()) : audience.id
        return "\(singular)-agreement-\(band.id)"
    }

    /// The rules the audience acknowledges, numbered, with the ones new or changed since the
    /// last material edition before this one marked.
    package static func rules(_ publication: PolicyPublication, audience: Audience, band: Band?,
                      config: HandbookConfig) -> (rules: [[String: Any]], comparedWith: String?) {
        let policy = publication.current.policy
        let earlier = previousMaterialEdition(publication)
        let before = Dictionary((earlier?.rules ?? []).map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var rules: [[String: Any]] = []
        for rule in policy.rules where rule.acknowledge.contains(where: { $0.value == audience.id }) {
            guard let summary = rule.summary(for: audience.id, band: band?.id) else { continue }
            var entry: [String: Any] = ["number": rules.count + 1, "summary": summary.text, "id": rule.id.value]
            if earlier != nil {
                // Only what this reader signs for counts: the policy's words, the kind, and their own summary.
                if let old = before[rule.id.value] {
                    let changed = TextNormalizer.normalize(old.quote.value) != TextNormalizer.normalize(rule.quote.value)
                        || old.kind != rule.kind || old.summary(for: audience.id, band: band?.id)?.text != summary.text
                    if changed { entry["mark"] = "Changed" }
                } else {
                    entry["mark"] = "New"
                }
            }
            rules.append(entry)
        }
        return (rules, earlier?.edition.version)
    }

    /// The newest released material edition older than the one shown: what staff last signed.
    package static func previousMaterialEdition(_ publication: PolicyPublication) -> Policy? {
        let current = publication.current.policy
        guard let version = VersionNumber(current.edition.version) else { return nil }
        return publication.releases.last { $0.edition.version < version && $0.edition.policy.edition.material }?
            .edition.policy
    }

    package static func sheet(_ publication: PolicyPublication, audience: Audience, band: Band?, config: HandbookConfig,
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
