import Foundation
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
    private let filters: [TrigramFilter]

    public init(outline: PolicyOutline) {
        self.outline = outline
        blockBytes = outline.blocks.map { Array($0.normalizedText.utf8) }
        filters = blockBytes.map(TrigramFilter.init)
    }

    public func locate(_ quote: String) -> Match {
        let normalized = TextNormalizer.normalize(quote)
        let needle = Array(normalized.utf8)
        let search = ByteSearch(needle)
        let bits = TrigramFilter.bits(of: needle)
        let blocks = outline.blocks.filter { block in
            !needle.isEmpty && filters[block.index].mayHold(bits) && search.occurs(in: blockBytes[block.index])
        }
        if let first = blocks.first {
            return .found(block: first.index, alsoIn: blocks.dropFirst().map(\.index))
        }
        return .notFound(closest: closestPassage(to: normalized))
    }

    /// Slides a window the length of the quote over every block and keeps the first with the
    /// fewest word edits, so a typo or a changed word still points the office at the right
    /// sentence. A block can come no closer than the quote's length less the quote words it
    /// holds at all, so blocks are tried from the most promising down and the rest are skipped
    /// once none of them can do better: a long policy costs one pass over its words.
    func closestPassage(to needle: String) -> Passage? {
        let quoteWords = TextNormalizer.words(needle).map { $0.lowercased() }
        guard !quoteWords.isEmpty else { return nil }
        var wanted: [String: Int] = [:]
        for word in quoteWords { wanted[word, default: 0] += 1 }
        let bounds = outline.blocks.map { block in
            quoteWords.count - WordBag.overlap(block.normalizedText, with: wanted)
        }
        // The smallest distance any block reaches, trying blocks in order of their bound.
        var best = Int.max
        for index in bounds.indices.sorted(by: { bounds[$0] < bounds[$1] }) {
            guard bounds[index] < best else { break }
            best = min(best, closest(in: outline.blocks[index], to: quoteWords).distance)
        }
        guard best < Int.max else { return nil }
        // The first block in reading order that reaches it, as a full search would find.
        for (index, block) in outline.blocks.enumerated() where bounds[index] <= best {
            let found = closest(in: block, to: quoteWords)
            if found.distance == best, let text = found.text {
                return Passage(text: text, line: block.line, difference: Double(best) / Double(quoteWords.count))
            }
        }
        return nil
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

    /// Whether `needle` occurs in `haystack`; both sides are normalized UTF-8, so bytes match
    /// exactly when text does.
    package static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        ByteSearch(needle).occurs(in: haystack)
    }
}
