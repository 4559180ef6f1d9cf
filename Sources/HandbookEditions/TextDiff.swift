import HandbookChecks
import HandbookMarkdown
import HandbookModel

/// A word-by-word comparison of two editions' text, paragraph breaks kept.
public struct WordDiff: Sendable, Hashable {
    /// Words, or a whole unchanged paragraph as one piece; either way shown joined by spaces.
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
    /// Compares two texts given as paragraphs of normalized text (see `paragraphs(of:)`): first paragraph by paragraph, then word by word
    /// inside each run of paragraphs that changed, so a small edit to a long policy stays cheap.
    public static func compare(old: [String], new: [String]) -> WordDiff {
        // One paragraph against one, as for a rule's changed field: straight to its words.
        if old.count == 1, new.count == 1 {
            guard old[0] != new[0] else { return WordDiff(paragraphs: [WordDiff.Paragraph(segments: [.same(new)])]) }
            return WordDiff(paragraphs: changedRun(old: old, new: new))
        }
        let (removed, inserted) = changedOffsets(from: old, to: new)
        var paragraphs: [WordDiff.Paragraph] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            var gone: [String] = [], added: [String] = []
            while i < old.count, removed[i] { gone.append(old[i]); i += 1 }
            while j < new.count, inserted[j] { added.append(new[j]); j += 1 }
            if !gone.isEmpty || !added.isEmpty {
                paragraphs += changedRun(old: gone, new: added)
            } else if j < new.count {
                // Kept whole: only changed paragraphs are shown word by word.
                paragraphs.append(WordDiff.Paragraph(segments: [.same([new[j]])]))
                i += 1
                j += 1
            }
        }
        return WordDiff(paragraphs: paragraphs)
    }

    /// Word-level differences for paragraphs that replaced others, kept in the new paragraphs' shape.
    /// Words are compared where they lie in the text; unchanged words become one piece.
    private static func changedRun(old: [String], new: [String]) -> [WordDiff.Paragraph] {
        let separator = [Substring(paragraphBreak)]
        let before = old.map(TextNormalizer.words).joined(separator: separator).map { $0 }
        let after = new.map(TextNormalizer.words).joined(separator: separator).map { $0 }
        let (removed, inserted) = changedOffsets(from: before, to: after)
        var paragraphs: [WordDiff.Paragraph] = []
        var current: [WordDiff.Segment] = []
        // The words of the segment being gathered, added to `current` when its kind changes.
        var run: [Substring] = []
        var runKind = Kind.same
        func endRun() {
            if !run.isEmpty { current.append(runKind.segment(run)) }
            run = []
        }
        func add(_ word: Substring, _ kind: Kind) {
            guard word != paragraphBreak else { return }
            if kind != runKind { endRun() }
            runKind = kind
            run.append(word)
        }
        func endParagraph() {
            endRun()
            if !current.isEmpty { paragraphs.append(WordDiff.Paragraph(segments: current)) }
            current = []
        }
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, removed[i] {
                add(before[i], .deleted)
                i += 1
            } else if j < after.count, inserted[j] {
                if after[j] == paragraphBreak { endParagraph() }
                add(after[j], .inserted)
                j += 1
            } else {
                if j < after.count {
                    if after[j] == paragraphBreak { endParagraph() }
                    add(after[j], .same)
                }
                i += 1
                j += 1
            }
        }
        endParagraph()
        return paragraphs
    }

    /// Offsets removed from `old` and inserted into `new`.
    /// What the texts share at either end is set aside first: most edits touch a small part.
    /// The rest is compared as numbers, one per distinct word or paragraph, so the shortest edit
    /// compares each text once (to number it) rather than at every step.
    private static func changedOffsets<Word: Hashable>(from old: [Word], to new: [Word]) -> (removed: [Bool], inserted: [Bool]) {
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > start, newEnd > start, old[oldEnd - 1] == new[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
        }
        var removed = [Bool](repeating: false, count: old.count), inserted = [Bool](repeating: false, count: new.count)
        // Words left on one side only were all removed, or all inserted: the usual edit, a
        // sentence added or taken away, needs no search.
        if start == oldEnd || start == newEnd {
            for offset in start..<oldEnd { removed[offset] = true }
            for offset in start..<newEnd { inserted[offset] = true }
            return (removed, inserted)
        }
        var numbers: [Word: Int] = [:]
        func number(_ word: Word) -> Int {
            if let known = numbers[word] { return known }
            numbers[word] = numbers.count
            return numbers.count - 1
        }
        let oldNumbers = old[start..<oldEnd].map(number), newNumbers = new[start..<newEnd].map(number)
        for change in newNumbers.difference(from: oldNumbers) {
            switch change {
            case let .remove(offset, _, _): removed[start + offset] = true
            case let .insert(offset, _, _): inserted[start + offset] = true
            }
        }
        return (removed, inserted)
    }

    private enum Kind {
        case same, inserted, deleted

        func segment(_ words: [Substring]) -> WordDiff.Segment {
            switch self {
            case .same: .same([words.joined(separator: " ")])
            case .inserted: .inserted(words.map(String.init))
            case .deleted: .deleted(words.map(String.init))
            }
        }
    }

    package static let paragraphBreak = "\u{2029}"

    /// The readable text of an edition, one entry per heading, paragraph or list item, in order.
    package static func paragraphs(of outline: PolicyOutline) -> [String] {
        let headings = outline.headings.map { (line: $0.line, text: TextNormalizer.normalize($0.text)) }
        let blocks = outline.blocks.map { (line: $0.line, text: $0.normalizedText) }
        return (headings + blocks).sorted { $0.line < $1.line }.map(\.text)
    }
}
