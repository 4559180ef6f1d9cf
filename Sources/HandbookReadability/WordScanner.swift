/// Finds the words of a text: runs of letters and digits, joined by apostrophes or hyphens
/// inside them ("don't", "e-mail"). Punctuation on its own is not a word. A few forms are
/// kept whole because they are read as one word: numbers with a decimal point, thousands
/// commas or a colon ("2.5", "1,000", "9:30"), dotted initials ("e.g.") and web or e-mail
/// addresses ("www.gov.uk", "office@school.org.uk").
enum WordScanner {
    static func words(in text: Substring) -> [Substring] {
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
        if let ascii = character.asciiValue { return isASCIILetterOrDigit(ascii) }
        return character.isLetter || character.isNumber
    }

    static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == UInt8(ascii: " ") || (9...13).contains(ascii) }
        return character.isWhitespace
    }

    private static func isASCIILetterOrDigit(_ ascii: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(ascii)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii)
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
}
