import HandbookModel

/// Finds the block of policy text that holds a rule's quote, or the passage that comes closest.
public struct QuoteLocator: Sendable {
    public enum Match: Sendable, Hashable {
        /// The quote is in `block`; `alsoIn` lists any other blocks holding the same words.
        case found(block: Int, alsoIn: [Int])
        case notFound(closest: Passage?)
    }

    /// A run of words from one block, for "did you mean this passage?".
    public struct Passage: Sendable, Hashable {
        public var text: String
        public var line: Int
        /// 0 for identical words, 1 when nothing matches.
        public var difference: Double
    }

    private let outline: PolicyOutline
    private let blockBytes: [[UInt8]]

    public init(outline: PolicyOutline) {
        self.outline = outline
        blockBytes = outline.blocks.map { Array($0.normalizedText.utf8) }
    }

    public func locate(_ quote: String) -> Match {
        let normalized = TextNormalizer.normalize(quote)
        let needle = Array(normalized.utf8)
        let blocks = needle.isEmpty ? [] : outline.blocks.filter { Self.occurs(needle, in: blockBytes[$0.index]) }
        if let first = blocks.first {
            return .found(block: first.index, alsoIn: blocks.dropFirst().map(\.index))
        }
        return .notFound(closest: closestPassage(to: normalized))
    }

    /// Slides a window the length of the quote over every block and keeps the first with the
    /// fewest word edits, so a typo or a changed word still points the office at the right
    /// sentence.
    func closestPassage(to needle: String) -> Passage? {
        let quoteWords = TextNormalizer.words(needle).map { $0.lowercased() }
        guard !quoteWords.isEmpty else { return nil }
        var best: (distance: Int, passage: Passage)?
        for block in outline.blocks {
            let found = closest(in: block, to: quoteWords)
            guard let text = found.text, found.distance < best?.distance ?? .max else { continue }
            best = (found.distance, Passage(text: text, line: block.line,
                                            difference: Double(found.distance) / Double(quoteWords.count)))
        }
        return best?.passage
    }

    /// Whether `needle` occurs in `haystack`, compared as UTF-8: both are normalized, so bytes
    /// match exactly when text does.
    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in needle.withUnsafeBufferPointer { ByteSearch.contains($0, in: hay) } }
    }

    /// The window of `block` closest to the quote: its edit distance and its words as written.
    private func closest(in block: TextBlock, to quoteWords: [String]) -> (distance: Int, text: String?) {
        let words = TextNormalizer.words(block.normalizedText)
        guard !words.isEmpty else { return (Int.max, nil) }
        let lowered = words.map { $0.lowercased() }
        let width = min(quoteWords.count, lowered.count)
        var best = (distance: Int.max, text: String?.none)
        var start = 0
        while start + width <= lowered.count {
            let distance = Suggestion.editDistance(quoteWords, Array(lowered[start..<(start + width)]))
                + (quoteWords.count - width)
            if distance < best.distance {
                best = (distance, words[start..<(start + width)].joined(separator: " "))
            }
            start += 1
        }
        return best
    }
}
