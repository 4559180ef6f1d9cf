import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Checks each rule's metadata against handbook.yml: ids, audiences, bands and summaries.
public enum RuleChecks {
    public static func check(_ policy: Policy, config: HandbookConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstLine: [String: SourceLocation] = [:]
        let audienceIDs = config.audiences.map(\.id)
        for rule in policy.rules {
            let id = rule.id.value
            if !ContentPaths.isValidID(id) {
                diagnostics.append(.error(at: rule.id.location, "the rule id `\(id)` is not in kebab-case",
                                          hint: "use lower-case words joined by hyphens, like `no-pupil-friends`; the id is the rule's web anchor, so keep it the same across editions"))
            }
            if let first = firstLine[id] {
                diagnostics.append(.error(at: rule.id.location, "the rule id `\(id)` is used twice in this policy",
                                          hint: "the first rule with this id is on line \(first.line ?? 1); give this rule its own id"))
            } else {
                firstLine[id] = rule.id.location
            }
            if rule.appliesTo.isEmpty {
                diagnostics.append(.error(at: rule.location, "rule `\(id)` applies to nobody: `applies-to` is empty",
                                          hint: "say whom the rule binds, like `applies-to: [staff]`"))
            }
            for entry in rule.appliesTo + rule.acknowledge where config.audience(entry.value) == nil {
                diagnostics.append(unknownAudience(entry.value, at: entry.location, known: audienceIDs, rule: id))
            }
            diagnostics += summaryProblems(rule, config: config)
        }
        return diagnostics
    }

    private static func unknownAudience(_ name: String, at location: SourceLocation, known: [String],
                                        rule: String) -> Diagnostic {
        var hint = "the audiences in handbook.yml are " + known.map { "`\($0)`" }.joined(separator: ", ")
        if let guess = Suggestion.closest(to: name, among: known) { hint = "did you mean `\(guess)`? " + hint }
        return .error(at: location, "rule `\(rule)` names the audience `\(name)`, which handbook.yml does not list",
                      hint: hint)
    }

    private static func summaryProblems(_ rule: Rule, config: HandbookConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let id = rule.id.value
        let audienceIDs = config.audiences.map(\.id)
        for summary in rule.summaries {
            guard let audience = config.audience(summary.audience) else {
                diagnostics.append(unknownAudience(summary.audience, at: summary.location, known: audienceIDs, rule: id))
                continue
            }
            let bandIDs = audience.bands.map(\.id)
            switch (summary.band, audience.hasBands) {
            case (nil, true):
                let example = bandIDs.map { "    \($0): …" }.joined(separator: "\n")
                diagnostics.append(.error(at: summary.location,
                                          "the `\(audience.id)` summary of rule `\(id)` needs one text per band",
                                          hint: "write it as:\n  \(audience.id):\n\(example)"))
            case (let band?, false):
                diagnostics.append(.error(at: summary.location,
                                          "the `\(audience.id)` summary of rule `\(id)` is split into bands (`\(band)`), but `\(audience.id)` has no bands",
                                          hint: "write one text: `\(audience.id): …`"))
            case (let band?, true) where !bandIDs.contains(band):
                var hint = "the bands of `\(audience.id)` are " + bandIDs.map { "`\($0)`" }.joined(separator: ", ")
                if let guess = Suggestion.closest(to: band, among: bandIDs) { hint = "did you mean `\(guess)`? " + hint }
                diagnostics.append(.error(at: summary.location,
                                          "rule `\(id)` has a summary for the band `\(band)`, which `\(audience.id)` does not have",
                                          hint: hint))
            default:
                break
            }
        }
        let required = Set((rule.appliesTo + rule.acknowledge).map(\.value))
        for audience in config.audiences where required.contains(audience.id) {
            let given = rule.summaries.filter { $0.audience == audience.id }
            if given.isEmpty {
                diagnostics.append(missingSummary(rule, audience: audience, band: nil))
            } else if audience.hasBands {
                for band in audience.bands where !given.contains(where: { $0.band == band.id }) {
                    diagnostics.append(missingSummary(rule, audience: audience, band: band))
                }
            }
        }
        return diagnostics
    }

    private static func missingSummary(_ rule: Rule, audience: Audience, band: Band?) -> Diagnostic {
        let id = rule.id.value
        if let band {
            return .error(at: rule.summaryLocation,
                          "rule `\(id)` has no `\(audience.id)` summary for the band `\(band.id)` (\(band.name))",
                          hint: "under `summary:` → `\(audience.id):`, add `\(band.id): …` written for \(band.name)")
        }
        let reason = rule.appliesTo.contains { $0.value == audience.id } ? "applies to" : "asks to be acknowledged by"
        let hint: String
        if audience.hasBands {
            let example = audience.bands.map { "    \($0.id): …" }.joined(separator: "\n")
            hint = "under `summary:`, add one for each band:\n  \(audience.id):\n\(example)"
        } else {
            hint = "under `summary:`, add `\(audience.id): …`: the rule in plain words for \(audience.name.lowercased())"
        }
        return .error(at: rule.summaryLocation,
                      "rule `\(id)` \(reason) `\(audience.id)` but has no `\(audience.id)` summary", hint: hint)
    }
}
