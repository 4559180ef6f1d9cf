import HandbookModel

/// What `handbook import` found in a document, for the office to read before editing the draft.
public struct ImportFindings: Sendable, Equatable {
    /// Something of the document that the handbook cannot show as it was.
    public struct Skipped: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case image, table, footnote, object
            case repeatedLine = "header or footer"
        }

        public var kind: Kind
        public var detail: String
    }

    public struct Candidate: Sendable, Equatable {
        public var id: String
        public var kind: RuleKind
        public var appliesTo: [String]
        public var quote: String
        /// Its line in policy.md.
        public var line: Int
    }

    public var title: String
    public var headings: [String]
    public var paragraphs: Int
    public var listItems: Int
    public var sentences: Int
    public var candidates: [Candidate]
    public var skipped: [Skipped]
    /// The front matter fields taken from the document's words, and those left to fill in.
    public var detailsFound: [String]
    public var detailsToWrite: [String]

    /// The report `handbook import` prints.
    public func lines(policyFile: String, rulesFile: String, content: String) -> [String] {
        var lines = ["Imported \(title) into \(policyFile) and \(rulesFile) as a draft (not released, not published)."]
        lines.append("Headings (\(headings.count)):")
        lines += headings.map { "  \($0)" }
        lines.append("Text: \(paragraphs) paragraphs, \(listItems) list items, \(sentences) sentences.")
        lines.append("Candidate rules (\(candidates.count)), from sentences that seem to place a duty:")
        lines += candidates.map { "  line \($0.line): \($0.id) (\($0.kind.rawValue), applies to \($0.appliesTo.joined(separator: ", ")))" }
        if !detailsFound.isEmpty { lines.append("Taken from the document: \(detailsFound.joined(separator: ", ")).") }
        if !detailsToWrite.isEmpty { lines.append("Still to write in policy.md: \(detailsToWrite.joined(separator: ", ")).") }
        if skipped.isEmpty {
            lines.append("Nothing was left out.")
        } else {
            lines.append("Not converted as it was (\(skipped.count)):")
            lines += skipped.map { "  \($0.kind.rawValue): \($0.detail)" }
        }
        let check = content == "content" ? "handbook check" : "handbook check --content \(content)"
        lines.append("Next: read the draft against the document, remove candidate rules that are not rules, then run `\(check)`: it lists each summary still to write.")
        return lines
    }
}
