/// A word-by-word comparison of two editions' text, paragraph breaks kept.
public struct WordDiff: Sendable, Hashable {
    public enum Segment: Sendable, Hashable {
        case same([String])
        case inserted([String])
        case deleted([String])
    }

    /// One paragraph (or heading) of the newer text, with what changed in it.
    public struct Paragraph: Sendable, Hashable {
        public var segments: [Segment]
        public var hasChanges: Bool {
            segments.contains { if case .same = $0 { return false } else { return true } }
        }
    }

    public var paragraphs: [Paragraph]

    public var insertedWords: [String] {
        paragraphs.flatMap(\.segments).flatMap { if case let .inserted(words) = $0 { return words } else { return [] } }
    }

    public var deletedWords: [String] {
        paragraphs.flatMap(\.segments).flatMap { if case let .deleted(words) = $0 { return words } else { return [] } }
    }

    public var changedParagraphs: [Paragraph] { paragraphs.filter(\.hasChanges) }
}

public enum TextDiff {
    static let paragraphBreak = "\u{2029}"

    /// Compares two texts given as paragraphs. Uses the standard library's `CollectionDifference`.
    public static func compare(old: [String], new: [String]) -> WordDiff {
        let before = tokens(old), after = tokens(new)
        let difference = after.difference(from: before)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        var paragraphs: [WordDiff.Paragraph] = []
        var current: [WordDiff.Segment] = []
        func add(_ word: String, as kind: (([String]) -> WordDiff.Segment), matches: (WordDiff.Segment) -> [String]?) {
            if word == paragraphBreak { return }
            if let last = current.last, let words = matches(last) {
                current[current.count - 1] = kind(words + [word])
            } else {
                current.append(kind([word]))
            }
        }
        func endParagraph() {
            if !current.isEmpty { paragraphs.append(WordDiff.Paragraph(segments: current)) }
            current = []
        }
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, removed.contains(i) {
                add(before[i], as: WordDiff.Segment.deleted) { if case let .deleted(w) = $0 { w } else { nil } }
                i += 1
            } else if j < after.count, inserted.contains(j) {
                if after[j] == paragraphBreak { endParagraph() }
                add(after[j], as: WordDiff.Segment.inserted) { if case let .inserted(w) = $0 { w } else { nil } }
                j += 1
            } else {
                if j < after.count, after[j] == paragraphBreak { endParagraph() }
                if j < after.count {
                    add(after[j], as: WordDiff.Segment.same) { if case let .same(w) = $0 { w } else { nil } }
                }
                i += 1
                j += 1
            }
        }
        endParagraph()
        return WordDiff(paragraphs: paragraphs)
    }

    private static func tokens(_ paragraphs: [String]) -> [String] {
        var tokens: [String] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { tokens.append(paragraphBreak) }
            tokens += paragraph.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return tokens
    }

    /// The readable text of an edition, one entry per heading, paragraph or list item, in order.
    static func paragraphs(of outline: PolicyOutline) -> [String] {
        let headings = outline.headings.map { (line: $0.line, text: $0.text) }
        let blocks = outline.blocks.map { (line: $0.line, text: $0.normalizedText) }
        return (headings + blocks).sorted { $0.line < $1.line }.map(\.text)
    }
}
