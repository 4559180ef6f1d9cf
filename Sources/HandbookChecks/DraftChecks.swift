import HandbookModel

/// For a policy never released (a new draft, as `handbook import` writes one): per rule, the
/// summaries the office still has to write, one warning each. `handbook release` treats them as
/// errors; once the policy has been released, a missing summary is an error (`RuleChecks`).
struct SummariesToWriteCheck: EditionCheck {
    let name = SummariesToWriteCheck.code

    static let code = "summaries-to-write"

    func check(_ subject: EditionSubject) -> [Diagnostic] {
        guard subject.isFirstDraft else { return [] }
        return subject.policy.rules.compactMap { rule in
            let missing = RuleChecks.missingSummaries(rule, config: subject.config)
            guard !missing.isEmpty else { return nil }
            let named = missing.map { entry -> String in
                if let band = entry.band { return "`\(entry.audience.id)` for `\(band.id)` (\(band.name))" }
                guard entry.audience.hasBands else { return "`\(entry.audience.id)`" }
                return "`\(entry.audience.id)`, one text for each band (" + entry.audience.bands.map { "`\($0.id)`" }.joined(separator: ", ") + ")"
            }
            let example = missing.map { entry -> String in
                if let band = entry.band { return "  \(entry.audience.id):\n    \(band.id): …" }
                guard entry.audience.hasBands else { return "  \(entry.audience.id): …" }
                return "  \(entry.audience.id):\n" + entry.audience.bands.map { "    \($0.id): …" }.joined(separator: "\n")
            }.joined(separator: "\n")
            return .warning(at: rule.summaryLocation,
                            "rule `\(rule.id.value)` still needs \(missing.count == 1 ? "a summary" : "\(missing.count) summaries") written: \(named.joined(separator: ", "))",
                            hint: "under `summary:`, write the rule in plain words for each of them:\n\(example)\nor remove the rule if the sentence it quotes is not one; the policy cannot be released until every summary is written")
        }
    }
}

/// A `"FILL IN: …"` left in policy.md's details (an imported draft's `owner` or `approved-by`),
/// one warning each, like handbook.yml's. `handbook release` treats them as errors.
struct DraftPlaceholdersCheck: EditionCheck {
    let name = DraftPlaceholdersCheck.code

    static let code = "draft-placeholders"

    func check(_ subject: EditionSubject) -> [Diagnostic] {
        let edition = subject.policy.edition
        let fields: [(String, String?, SourceLocation)] = [
            ("title", edition.title, edition.location), ("owner", edition.owner, edition.location),
            ("approved-by", edition.approvedBy, edition.approvalLocation), ("changes", edition.changes, edition.location),
            ("description", edition.description, edition.location),
        ]
        return fields.compactMap { field, value, location in
            guard let value, Placeholder.isPlaceholder(value) else { return nil }
            let request = Placeholder.request(in: value)
            return .warning(at: location, "`\(field)` in \(subject.policy.policyPath) is still to be filled in\(request.isEmpty ? "" : ": \(request)")",
                            hint: "replace the whole \"\(Placeholder.marker): …\" text, quote marks and all, with the school's own; until then the policy cannot be released")
        }
    }
}
