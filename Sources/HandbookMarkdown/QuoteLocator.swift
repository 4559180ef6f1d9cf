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

    public init(outline: PolicyOutline) {
        self.outline = outline
        blockBytes = outline.blocks.map { Array($0.normalizedText.utf8) }
    }

    public func locate(_ quote: String) -> Match {
        let normalized = TextNormalizer.normalize(quote)
        let needle = Array(normalized.utf8)
        let blocks = outline.blocks.filter { !needle.isEmpty && Self.contains(blockBytes[$0.index], needle) }
        if let first = blocks.first {
            return .found(block: first.index, alsoIn: blocks.dropFirst().map(\.index))
        }
        return .notFound(closest: closestPassage(to: normalized))
    }

    /// Slides a window the length of the quote over every block and keeps the one with the fewest
    /// word edits, so a typo or a changed word still points the office at the right sentence.
    func closestPassage(to needle: String) -> Passage? {
        let quoteWords = TextNormalizer.words(needle).map { $0.lowercased() }
        guard !quoteWords.isEmpty else { return nil }
        var best: Passage?
        var bestDistance = Int.max
        for block in outline.blocks {
            let words = TextNormalizer.words(block.normalizedText)
            guard !words.isEmpty else { continue }
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

    /// Byte-wise substring search; both sides are normalized UTF-8, so bytes match exactly when
    /// text does. `memchr` and `memcmp` are several times faster than a loop over the bytes.
    package static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
                var start = 0
                let last = hay.count - pin.count
                while start <= last {
                    guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return false }
                    let offset = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + offset, pinBase, pin.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
