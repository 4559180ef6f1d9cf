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
        asciiSentences(inBlock: block) ?? sentencesByCharacter(inBlock: block)
    }

    /// The sentences of a block read character by character, for any text.
    static func sentencesByCharacter(inBlock block: Substring) -> [Substring] {
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
        guard terminators == "." else { return true }
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

    // MARK: ASCII

    /// The same split on bytes, for a block that is all ASCII without carriage returns, where
    /// every byte is one character. Nil for any other block.
    static func asciiSentences(inBlock block: Substring) -> [Substring]? {
        let utf8 = block.utf8
        func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let found = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            guard ASCIIBytes.isOneCharacterEach(bytes) else { return nil }
            var ranges: [Range<Int>] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                guard isTerminator(bytes[index]) else {
                    index += 1
                    continue
                }
                let terminatorStart = index
                while index < bytes.count, isTerminator(bytes[index]) { index += 1 }
                let terminatorEnd = index
                while index < bytes.count, isCloser(bytes[index]) { index += 1 }
                guard index == bytes.count || ASCIIBytes.isSpace(bytes[index]) else { continue }
                var nextIndex = index
                while nextIndex < bytes.count, ASCIIBytes.isSpace(bytes[nextIndex]) { nextIndex += 1 }
                let next: UInt8? = nextIndex < bytes.count ? bytes[nextIndex] : nil
                if endsSentence(bytes, terminators: terminatorStart..<terminatorEnd, next: next, word: {
                    block[position($0.lowerBound)..<position($0.upperBound)]
                }) {
                    ranges.append(start..<index)
                    start = index
                }
            }
            ranges.append(start..<bytes.count)
            return ranges.compactMap { trimmed(bytes, $0) }
        }
        guard let found, let ranges = found else { return nil }
        return ranges.map { block[position($0.lowerBound)..<position($0.upperBound)] }
    }

    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, terminators: Range<Int>, next: UInt8?,
                                     word: (Range<Int>) -> Substring) -> Bool {
        guard let next else { return true }
        if ASCIIBytes.isLowercase(next) { return false }
        guard terminators.count == 1, bytes[terminators.lowerBound] == UInt8(ascii: ".") else { return true }
        var wordStart = terminators.lowerBound
        while wordStart > 0 {
            let before = bytes[wordStart - 1]
            guard ASCIIBytes.isLetter(before) || before == UInt8(ascii: ".") else { break }
            wordStart -= 1
        }
        return Abbreviations.mayEndSentence(word(wordStart..<terminators.lowerBound),
                                            before: Character(Unicode.Scalar(next)))
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private static func isCloser(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
    }


    /// The range without surrounding spaces, or nil when it has no letter or digit.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var first = range.lowerBound, last = range.upperBound
        while first < last, ASCIIBytes.isSpace(bytes[first]) { first += 1 }
        while last > first, ASCIIBytes.isSpace(bytes[last - 1]) { last -= 1 }
        return bytes[first..<last].contains(where: ASCIIBytes.isWordByte) ? first..<last : nil
    }
}
