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
    private let blockWords: [[Substring]]

    public init(outline: PolicyOutline) {
        self.outline = outline
        blockWords = outline.blocks.map { TextNormalizer.words($0.normalizedText) }
    }

    public func locate(_ quote: String) -> Match {
        let needle = TextNormalizer.normalize(quote)
        let blocks = outline.blocks.filter { !needle.isEmpty && $0.normalizedText.contains(needle) }
        if let first = blocks.first {
            return .found(block: first.index, alsoIn: blocks.dropFirst().map(\.index))
        }
        return .notFound(closest: closestPassage(to: needle))
    }

    /// Slides a window the length of the quote over every block and keeps the one with the fewest
    /// word edits, so a typo or a changed word still points the office at the right sentence.
    func closestPassage(to needle: String) -> Passage? {
        let quoteWords = TextNormalizer.words(needle).map { $0.lowercased() }
        guard !quoteWords.isEmpty else { return nil }
        var best: Passage?
        var bestDistance = Int.max
        for (block, words) in zip(outline.blocks, blockWords) where !words.isEmpty {
            let lowered = words.map { $0.lowercased() }
            let width = min(quoteWords.count, lowered.count)
            var start = 0
            while start + width <= lowered.count {
                let window = Array(lowered[start..<(start + width)])
                let distance = Suggestion.editDistance(quoteWords, window) + (quoteWords.count - width)
                if distance < bestDistance {
                    bestDistance = distance
                    best = Passage(text: words[start..<(start + width)].joined(separator: " "),
                                   line: block.line,
                                   difference: Double(distance) / Double(quoteWords.count))
                }
                start += 1
            }
        }
        return best
    }
}
