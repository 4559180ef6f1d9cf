/// Finds the words of a text: runs of letters and digits, joined by apostrophes or hyphens
/// inside them ("don't", "e-mail"). Punctuation on its own is not a word. A few forms are
/// kept whole because they are read as one word: numbers with a decimal point, thousands
/// commas or a colon ("2.5", "1,000", "9:30"), dotted initials ("e.g.") and web or e-mail
/// addresses ("www.gov.uk", "office@school.org.uk").
enum WordScanner {
    static func words(in text: Substring) -> [Substring] {
        asciiWords(in: text) ?? wordsByCharacter(in: text)
    }

    /// The words of text read character by character, for any text.
    static func wordsByCharacter(in text: Substring) -> [Substring] {
        var words: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard !isSpace(text[index]) else {
                index = text.index(after: index)
                continue
            }
            var chunkEnd = index
            while chunkEnd < text.endIndex, !isSpace(text[chunkEnd]) { chunkEnd = text.index(after: chunkEnd) }
            let chunk = text[index..<chunkEnd]
            if let address = WebAddress.find(in: chunk) {
                words.append(address)
            } else {
                appendWords(in: chunk, to: &words)
            }
            index = chunkEnd
        }
        return words
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        // ASCII without the Unicode property tables, which cost more than the rest of the scan.
        if let ascii = character.asciiValue { return ASCIIBytes.isWordByte(ascii) }
        return character.isLetter || character.isNumber
    }

    static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ASCIIBytes.isSpace(ascii) }
        return character.isWhitespace
    }

    static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "\u{2019}" || character == "\u{02BC}"
    }

    static func isHyphen(_ character: Character) -> Bool {
        character == "-" || character == "\u{2010}" || character == "\u{2011}"
    }

    /// The words of a run of text with no spaces in it.
    private static func appendWords(in chunk: Substring, to words: inout [Substring]) {
        var index = chunk.startIndex
        while index < chunk.endIndex {
            guard isWordCharacter(chunk[index]) else {
                index = chunk.index(after: index)
                continue
            }
            let end = wordEnd(in: chunk, from: index)
            words.append(chunk[index..<end])
            index = end
        }
    }

    private static func wordEnd(in text: Substring, from start: String.Index) -> String.Index {
        var end = skipWordCharacters(in: text, from: start)
        var partStart = start
        while end < text.endIndex {
            let joiner = text[end]
            let next = text.index(after: end)
            guard next < text.endIndex, isWordCharacter(text[next]) else { break }
            let previous = text[text.index(before: end)]
            let joins: Bool
            if isApostrophe(joiner) || isHyphen(joiner) {
                joins = true
            } else if joiner == "." || joiner == ":" {
                // "2.5", "9:30"; or "e.g": single letters between dots
                joins = (previous.isNumber && text[next].isNumber)
                    || (joiner == "." && text.distance(from: partStart, to: end) == 1 && previous.isLetter
                        && isSingleLetter(in: text, at: next))
            } else if joiner == "," {
                joins = previous.isNumber && isThousandsGroup(in: text, at: next)
            } else {
                joins = false
            }
            guard joins else { break }
            partStart = next
            end = skipWordCharacters(in: text, from: next)
        }
        return end
    }

    private static func skipWordCharacters(in text: Substring, from start: String.Index) -> String.Index {
        var end = start
        while end < text.endIndex, isWordCharacter(text[end]) { end = text.index(after: end) }
        return end
    }

    /// A letter with no word character after it: the "g" of "e.g.".
    private static func isSingleLetter(in text: Substring, at index: String.Index) -> Bool {
        guard text[index].isLetter else { return false }
        let after = text.index(after: index)
        return after == text.endIndex || !isWordCharacter(text[after])
    }

    /// Exactly three digits follow: the "000" of "1,000", not the "4" of "3,4".
    private static func isThousandsGroup(in text: Substring, at index: String.Index) -> Bool {
        var end = index
        var count = 0
        while end < text.endIndex, text[end].isNumber {
            count += 1
            end = text.index(after: end)
        }
        return count == 3
    }

    // MARK: ASCII

    /// The same scan on bytes, for text that is all ASCII and has no carriage return, where
    /// every byte is one character: most summaries. Nil for any other text.
    static func asciiWords(in text: Substring) -> [Substring]? {
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> [Piece]? in
            guard ASCIIBytes.isOneCharacterEach(bytes) else { return nil }
            var ranges: [Piece] = []
            var index = 0
            while index < bytes.count {
                guard !ASCIIBytes.isSpace(bytes[index]) else {
                    index += 1
                    continue
                }
                var chunkEnd = index
                while chunkEnd < bytes.count, !ASCIIBytes.isSpace(bytes[chunkEnd]) { chunkEnd += 1 }
                if bytes[index..<chunkEnd].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) {
                    // Perhaps an address: read as characters, as ever.
                    ranges.append(.chunk(index..<chunkEnd))
                } else {
                    appendWords(in: bytes, from: index, to: chunkEnd, to: &ranges)
                }
                index = chunkEnd
            }
            return ranges
        }
        guard let found = scanned, let ranges = found else { return nil }
        let utf8 = text.utf8
        func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var words: [Substring] = []
        words.reserveCapacity(ranges.count)
        for piece in ranges {
            switch piece {
            case .word(let range):
                words.append(text[position(range.lowerBound)..<position(range.upperBound)])
            case .chunk(let range):
                let chunk = text[position(range.lowerBound)..<position(range.upperBound)]
                if let address = WebAddress.find(in: chunk) {
                    words.append(address)
                } else {
                    var inChunk: [Substring] = []
                    appendWords(in: chunk, to: &inChunk)
                    words += inChunk
                }
            }
        }
        return words
    }

    /// A word found on bytes, or a run without spaces to read as characters.
    private enum Piece {
        case word(Range<Int>)
        case chunk(Range<Int>)
    }


    private static func appendWords(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                    to words: inout [Piece]) {
        var index = start
        while index < end {
            guard ASCIIBytes.isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            let wordEnd = wordEnd(in: bytes, from: index, to: end)
            words.append(.word(index..<wordEnd))
            index = wordEnd
        }
    }

    private static func wordEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) -> Int {
        var end = start
        while end < limit, ASCIIBytes.isWordByte(bytes[end]) { end += 1 }
        while end < limit {
            let joiner = bytes[end]
            let next = end + 1
            guard next < limit, ASCIIBytes.isWordByte(bytes[next]) else { break }
            let joins = joiner == UInt8(ascii: "'") || joiner == UInt8(ascii: "-")
                || (joiner == UInt8(ascii: ",") && ASCIIBytes.isDigit(bytes[end - 1])
                    && isThousandsGroup(in: bytes, at: next, to: limit))
            guard joins else { break }
            end = next
            while end < limit, ASCIIBytes.isWordByte(bytes[end]) { end += 1 }
        }
        return end
    }

    /// Exactly three digits follow: the "000" of "1,000", not the "4" of "3,4".
    private static func isThousandsGroup(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, to limit: Int) -> Bool {
        var end = index
        while end < limit, ASCIIBytes.isDigit(bytes[end]) { end += 1 }
        return end - index == 3
    }
}
