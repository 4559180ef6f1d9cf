import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Checks each rule's metadata against handbook.yml: ids, audiences, bands and summaries.
public enum RuleChecks {
    /// `firstDraft`: the policy has never been released, so a summary not yet written is listed
    /// by `SummariesToWriteCheck` as still to write, not reported here as an error.
    public static func check(_ policy: Policy, config: HandbookConfig, firstDraft: Bool = false) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstLine: [String: SourceLocation] = [:]
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
            for entry in rule.appliesTo + rule.acknowledge {
                diagnostics += readerProblems(entry, config: config, rule: id)
            }
            diagnostics += summaryProblems(rule, config: config)
            if !firstDraft {
                diagnostics += missingSummaries(rule, config: config).map { missingSummary(rule, audience: $0.audience, band: $0.band) }
            }
        }
        return diagnostics
    }

    /// An entry of `applies-to` or `acknowledge`: an audience, or one band of it as `pupils/years-5-6`.
    private static func readerProblems(_ entry: Located<String>, config: HandbookConfig, rule: String) -> [Diagnostic] {
        let named = Rule.reader(entry.value)
        guard let audience = config.audience(named.audience) else {
            return [unknownAudience(named.audience, at: entry.location, known: config.audiences.map(\.id), rule: rule)]
        }
        guard let band = named.band else { return [] }
        guard audience.hasBands else {
            return [.error(at: entry.location, "rule `\(rule)` names the band `\(band)` of `\(audience.id)`, which has no bands",
                           hint: "write just `\(audience.id)`")]
        }
        let bandIDs = audience.bands.map(\.id)
        guard bandIDs.contains(band) else {
            var hint = "the bands of `\(audience.id)` are " + bandIDs.map { "`\(audience.id)/\($0)`" }.joined(separator: ", ")
            if let guess = Suggestion.closest(to: band, among: bandIDs) { hint = "did you mean `\(audience.id)/\(guess)`? " + hint }
            return [.error(at: entry.location, "rule `\(rule)` names the band `\(band)`, which `\(audience.id)` does not have",
                           hint: hint)]
        }
        return []
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
        for (field, summary) in rule.readerTexts {
            guard let audience = config.audience(summary.audience) else {
                diagnostics.append(unknownAudience(summary.audience, at: summary.location, known: audienceIDs, rule: id))
                continue
            }
            let bandIDs = audience.bands.map(\.id)
            switch (summary.band, audience.hasBands) {
            case (nil, true):
                let example = bandIDs.map { "    \($0): …" }.joined(separator: "\n")
                diagnostics.append(.error(at: summary.location,
                                          "the `\(audience.id)` \(field) of rule `\(id)` needs one text per band",
                                          hint: "write it as:\n  \(audience.id):\n\(example)"))
            case (let band?, false):
                diagnostics.append(.error(at: summary.location,
                                          "the `\(audience.id)` \(field) of rule `\(id)` is split into bands (`\(band)`), but `\(audience.id)` has no bands",
                                          hint: "write one text: `\(audience.id): …`"))
            case (let band?, true) where !bandIDs.contains(band):
                var hint = "the bands of `\(audience.id)` are " + bandIDs.map { "`\($0)`" }.joined(separator: ", ")
                if let guess = Suggestion.closest(to: band, among: bandIDs) { hint = "did you mean `\(guess)`? " + hint }
                diagnostics.append(.error(at: summary.location,
                                          "rule `\(id)` has a \(field) for the band `\(band)`, which `\(audience.id)` does not have",
                                          hint: hint))
            case (let band?, true) where !concerns(rule, audience: audience.id, band: band):
                let named = (rule.appliesTo + rule.acknowledge).map(\.value).filter { $0.hasPrefix(audience.id + "/") }.uniqued()
                diagnostics.append(.error(at: summary.location,
                                          "rule `\(id)` is for \(named.map { "`\($0)`" }.joined(separator: " and ")) only, but has a \(field) for the band `\(band)`",
                                          hint: "remove it, or add `\(audience.id)/\(band)` to `applies-to` if the rule is for that band too"))
            default:
                break
            }
        }
        return diagnostics
    }

    /// The summaries a rule still needs: one for each audience it names, and for pupils one per band.
    static func missingSummaries(_ rule: Rule, config: HandbookConfig) -> [(audience: Audience, band: Band?)] {
        var missing: [(audience: Audience, band: Band?)] = []
        let required = (rule.appliesTo + rule.acknowledge).map { Rule.reader($0.value) }
        for audience in config.audiences where required.contains(where: { $0.audience == audience.id }) {
            let given = rule.summaries.filter { $0.audience == audience.id }
            let whole = required.contains { $0.audience == audience.id && $0.band == nil }
            if given.isEmpty && (whole || !audience.hasBands) {
                missing.append((audience, nil))
            } else if audience.hasBands {
                for band in audience.bands where !given.contains(where: { $0.band == band.id })
                    && required.contains(where: { $0.audience == audience.id && ($0.band == nil || $0.band == band.id) }) {
                    missing.append((audience, band))
                }
            }
        }
        return missing
    }

    /// Whether a band's summary belongs on the rule: the rule names the whole audience, names
    /// that band, or names the audience not at all (a rule told to pupils for information).
    private static func concerns(_ rule: Rule, audience: String, band: String) -> Bool {
        let named = (rule.appliesTo + rule.acknowledge).map { Rule.reader($0.value) }.filter { $0.audience == audience }
        return named.isEmpty || named.contains { $0.band == nil || $0.band == band }
    }

    private static func missingSummary(_ rule: Rule, audience: Audience, band: Band?) -> Diagnostic {
        let id = rule.id.value
        if let band {
            return .error(at: rule.summaryLocation,
                          "rule `\(id)` has no `\(audience.id)` summary for the band `\(band.id)` (\(band.name))",
                          hint: "under `summary:` → `\(audience.id):`, add `\(band.id): …` written for \(band.name)")
        }
        let reason = rule.appliesTo.contains { Rule.reader($0.value).audience == audience.id } ? "applies to" : "asks to be acknowledged by"
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
