import HandbookModel

/// The two files of an imported draft: policy.md, its details filled in from the document where
/// it states them and `"FILL IN: …"` where it does not, and rules.yml, one candidate rule per
/// duty sentence with its summaries left for the office to write.
enum DraftWriter {
    struct Details: Equatable {
        var title: String
        var effective: CalendarDate
        var found: EditionDetailsFinder.Found
    }

    static let ownerRequest = "\(Placeholder.marker): the post that looks after this policy, such as Headteacher"
    static let approverRequest = "\(Placeholder.marker): who approves this policy, such as Full Governing Body"

    static func policyText(_ details: Details, body: String) -> String {
        let found = details.found
        var lines = ["---",
                     "title: \"\(YAMLQuoting.insideDoubleQuotes(details.title))\"",
                     "version: \"1.0\"",
                     "effective: \(details.effective)   # the day this edition comes into force: change it when it is approved"]
        if let reviewBy = found.reviewBy {
            lines.append("review-by: \(reviewBy)")
        } else {
            lines.append("review-by: \(details.effective.adding(months: 12))   # the document gives no review date: a year is a guess")
        }
        lines.append("owner: \"\(YAMLQuoting.insideDoubleQuotes(found.owner ?? ownerRequest))\"")
        lines.append("approved-by: \"\(YAMLQuoting.insideDoubleQuotes(found.approvedBy ?? approverRequest))\"")
        if let approvedOn = found.approvedOn { lines.append("approved-on: \(approvedOn)") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + body
    }

    /// rules.yml: for each candidate, its quote, kind, readers and an empty summary to write.
    static func rulesText(_ rules: [DraftRule], policyFile: String) -> String {
        var lines = ["# Candidate rules found by `handbook import` in \(policyFile): one for each sentence that",
                     "# seems to place a duty. Remove those that are not rules, correct each `kind` and",
                     "# `applies-to`, and write a summary for every reader named; `handbook check` lists what is left.",
                     ""]
        if rules.isEmpty { lines.append("[]") }
        for rule in rules {
            lines.append("- id: \(rule.id)")
            lines.append("  quote: \"\(YAMLQuoting.insideDoubleQuotes(rule.quote))\"")
            lines.append("  applies-to: [\(rule.appliesTo.joined(separator: ", "))]")
            lines.append("  kind: \(rule.kind.rawValue)")
            lines.append("  acknowledge: [\(rule.acknowledge.joined(separator: ", "))]")
            lines.append("  summary:")
            var audience = ""
            for reader in rule.summariesToWrite {
                let parts = reader.split(separator: "/", maxSplits: 1).map(String.init)
                if parts.count == 2 {
                    if parts[0] != audience { lines.append("    # \(parts[0]):") }
                    lines.append("    #   \(parts[1]): …")
                } else {
                    lines.append("    # \(reader): …")
                }
                audience = parts[0]
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

/// One candidate rule as written into rules.yml.
struct DraftRule: Equatable {
    var id: String
    var quote: String
    var kind: RuleKind
    var appliesTo: [String]
    var acknowledge: [String]
    /// The summaries `check` will ask for, as `staff` or `pupils/years-3-4`.
    var summariesToWrite: [String]
    var line: Int

    /// Each candidate made a rule for this handbook's audiences, with an id of its own.
    static func rules(from candidates: [DutySentenceFinder.Candidate], audiences: [Audience]) -> [DraftRule] {
        var used: Set<String> = []
        return candidates.map { candidate in
            var ids = candidate.readers.compactMap { kind in audiences.first { $0.kind == kind }?.id }
            if ids.isEmpty { ids = [audiences.first?.id ?? "staff"] }
            let summaries = ids.flatMap { id -> [String] in
                guard let audience = audiences.first(where: { $0.id == id }), audience.hasBands else { return [id] }
                return audience.bands.map { "\(id)/\($0.id)" }
            }
            let id = unique(slug(candidate.sentence), in: &used)
            return DraftRule(id: id, quote: candidate.sentence, kind: candidate.kind, appliesTo: ids,
                             acknowledge: candidate.kind == .info ? [] : ids, summariesToWrite: summaries,
                             line: candidate.line)
        }
    }

    private static let unimportant: Set<String> = ["the", "a", "an", "of", "to", "and", "or", "be", "is", "are", "all",
                                                   "any", "will", "shall", "must", "should", "that", "this", "in", "on",
                                                   "at", "for", "with", "by", "their", "they", "it", "its", "as", "our",
                                                   "we", "so", "if", "when", "which", "who", "have", "has", "may"]

    /// "Staff must record attendance within ten minutes." → `staff-record-attendance-within-ten-minutes`.
    static func slug(_ sentence: String) -> String {
        let words = sentence.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map { String($0.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init)) }
            .filter { !$0.isEmpty && !unimportant.contains($0) }
        let slug = words.prefix(6).joined(separator: "-")
        return slug.isEmpty ? "rule" : slug
    }

    private static func unique(_ id: String, in used: inout Set<String>) -> String {
        var candidate = id
        var number = 2
        while used.contains(candidate) {
            candidate = "\(id)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
