/// Splits text into sentences, as written.
///
/// A sentence ends at `.`, `!`, `?` or `…` (or a run of them, with closing quotes or brackets)
/// followed by a space or the end of the text, unless the next word starts with a small letter
/// ("etc. and"), or the full stop ends an abbreviation (see `Abbreviations`). Dots inside
/// numbers, web and e-mail addresses are not followed by a space, so never end a sentence.
/// Line breaks that end a sentence without punctuation are found by `TextBlocks`. Sentences
/// without a word ("…", a lone "-") are dropped.
enum SentenceSplitter {
    static func sentences(in text: String) -> [Substring] {
        TextBlocks.blocks(in: text).flatMap(sentences(inBlock:))
    }

    static func sentences(inBlock block: Substring) -> [Substring] {
        var sentences: [Substring] = []
        var start = block.startIndex
        var index = block.startIndex
        while index < block.endIndex {
            guard isTerminator(block[index]) else {
                index = block.index(after: index)
                continue
            }
            let terminatorStart = index
            while index < block.endIndex, isTerminator(block[index]) { index = block.index(after: index) }
            let terminators = block[terminatorStart..<index]
            while index < block.endIndex, isCloser(block[index]) { index = block.index(after: index) }
            guard index == block.endIndex || block[index].isWhitespace else { continue }
            let next = block[index...].first { !$0.isWhitespace }
            if endsSentence(terminators, in: block, next: next) {
                sentences.append(block[start..<index])
                start = index
            }
        }
        sentences.append(block[start...])
        return sentences.compactMap(trimmed)
    }

    private static func endsSentence(_ terminators: Substring, in block: Substring, next: Character?) -> Bool {
        guard let next else { return true }
        if next.isLowercase { return false }
        // Compared by bytes: a run of terminators needs none of the canonical-equivalence work
        // that comparing text as text does, which was a quarter of the split's time.
        guard terminators.utf8.elementsEqual(".".utf8) else { return true }
        var wordStart = terminators.startIndex
        while wordStart > block.startIndex {
            let before = block.index(before: wordStart)
            guard block[before].isLetter || block[before] == "." else { break }
            wordStart = before
        }
        return Abbreviations.mayEndSentence(block[wordStart..<terminators.startIndex], before: next)
    }

    private static func isTerminator(_ character: Character) -> Bool {
        switch character {
        case ".", "!", "?", "\u{2026}": true
        default: false
        }
    }

    private static func isCloser(_ character: Character) -> Bool {
        switch character {
        case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}": true
        default: false
        }
    }

    /// The sentence without surrounding spaces, or `nil` when it has no word.
    private static func trimmed(_ sentence: Substring) -> Substring? {
        guard let first = sentence.firstIndex(where: { !$0.isWhitespace }),
              let last = sentence.lastIndex(where: { !$0.isWhitespace }),
              sentence.contains(where: WordScanner.isWordCharacter) else { return nil }
        return sentence[first...last]
    }
}
