import Foundation

/// Counts the syllables of one word as `WordScanner` found it, whatever its form: plain words
/// (from the CMU list, else guessed by `SyllableRules`), possessives ("school's" as "school"),
/// hyphenated words (the sum of the parts), numbers in digits ("13" as "thirteen"), ordinals
/// ("1st"), abbreviations as `SpokenAbbreviations` says them ("PE" as "P E", "SEND" as "send"),
/// other initialisms ("NHS" letter by letter), and web or e-mail addresses (the sum of the words
/// between their dots and slashes).
struct SyllableCounter {
    struct Count {
        var syllables: Int
        /// Every part came from the CMU list or was a number; nothing was guessed.
        var isKnown: Bool

        static func + (lhs: Count, rhs: Count) -> Count {
            Count(syllables: lhs.syllables + rhs.syllables, isKnown: lhs.isKnown && rhs.isKnown)
        }
    }

    let dictionary: SyllableDictionary
    let abbreviations = SpokenAbbreviations.shared

    func count(_ word: String) -> Count {
        // Before the CMU list, which reads "RE" as the word "re".
        if let spoken = abbreviations.spokenForm(of: Self.withoutPossessive(Substring(word))) {
            return spokenAbbreviation(spoken)
        }
        // Most words are plain letters in the CMU list: look them up without splitting them
        // into pieces or normalising them first.
        if !word.isEmpty, word.utf8.allSatisfy(Self.isASCIILetter), let syllables = dictionary.syllables(for: word) {
            return Count(syllables: max(1, syllables), isKnown: true)
        }
        let pieces = Self.pieces(of: word)
        guard var total = pieces.first.map(countPiece) else {
            return Count(syllables: 1, isKnown: false)
        }
        for piece in pieces.dropFirst() { total = total + countPiece(piece) }
        return Count(syllables: max(1, total.syllables), isKnown: total.isKnown)
    }

    /// Read from the byte: an ASCII letter is a whole character, and any other byte is not one.
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    // MARK: Splitting into pieces

    /// A number keeps its commas, point or colon ("1,000", "2.5", "9:30"); anything else is
    /// split at every character that is not a letter, digit or apostrophe ("e-mail",
    /// "www.gov.uk"). "www" and "https" are dropped, as most people skip them reading aloud.
    private static func pieces(of word: String) -> [Substring] {
        if word.first?.isNumber == true, SpokenNumber.words(for: word) != nil {
            return [Substring(word)]
        }
        let pieces = word.split { !($0.isLetter || $0.isNumber || WordScanner.isApostrophe($0)) }
        guard pieces.count > 1 else { return pieces }
        return pieces.filter { !["www", "http", "https"].contains($0.lowercased()) }
    }

    private func countPiece(_ piece: Substring) -> Count {
        if piece.first?.isNumber == true, let words = SpokenNumber.words(for: String(piece)) { return spoken(words) }
        guard piece.contains(where: \.isNumber) else { return countLetters(piece) }
        // Letters and digits mixed: "KS2", "10am", "21st".
        var total = Count(syllables: 0, isKnown: true)
        var runs = Self.letterAndDigitRuns(piece)[...]
        while let run = runs.popFirst() {
            if run.first?.isNumber == true {
                let suffix = runs.first.map { $0.lowercased() }
                if let suffix, ["st", "nd", "rd", "th"].contains(suffix), let words = SpokenNumber.ordinalWords(for: String(run)) {
                    total = total + spoken(words)
                    runs = runs.dropFirst()
                } else if let words = SpokenNumber.words(for: String(run)) {
                    total = total + spoken(words)
                    if let suffix, suffix == "am" || suffix == "pm" {
                        // "10am" is "ten a m".
                        total = total + Count(syllables: 2, isKnown: true)
                        runs = runs.dropFirst()
                    }
                } else {
                    total = total + countLetters(run)
                }
            } else {
                total = total + countLetters(run)
            }
        }
        return total
    }

    private static func letterAndDigitRuns(_ piece: Substring) -> [Substring] {
        var runs: [Substring] = []
        var start = piece.startIndex
        for index in piece.indices.dropFirst() where piece[index].isNumber != piece[piece.index(before: index)].isNumber {
            runs.append(piece[start..<index])
            start = index
        }
        runs.append(piece[start...])
        return runs
    }

    private func spoken(_ words: [String]) -> Count {
        let syllables = words.reduce(0) { $0 + countKnownSpelling($1) }
        return Count(syllables: syllables, isKnown: true)
    }

    // MARK: Words

    private func countLetters(_ letters: Substring) -> Count {
        if let spoken = abbreviations.spokenForm(of: Self.withoutPossessive(letters)) {
            return spokenAbbreviation(spoken)
        }
        let key = Self.lookupKey(letters)
        if let syllables = dictionary.syllables(for: key) {
            return Count(syllables: syllables, isKnown: true)
        }
        let stem = Self.withoutPossessive(letters)
        if Self.isInitialism(stem) {
            // Said letter by letter; only W has more than one syllable.
            let syllables = stem.reduce(0) { $0 + ($1 == "W" ? 3 : 1) }
            return Count(syllables: syllables, isKnown: false)
        }
        return Count(syllables: SyllableRules.count(key), isKnown: false)
    }

    /// "P E": a letter is one syllable, but W is three; a word is counted as a word.
    private func spokenAbbreviation(_ words: [String]) -> Count {
        let syllables = words.reduce(0) { total, word in
            total + (word.count == 1 ? (word.uppercased() == "W" ? 3 : 1) : countKnownSpelling(word))
        }
        return Count(syllables: max(1, syllables), isKnown: true)
    }

    private func countKnownSpelling(_ word: String) -> Int {
        dictionary.syllables(for: word) ?? SyllableRules.count(word)
    }

    /// Lower case, plain apostrophes, no accents, no possessive -'s: "School’s" → "school".
    static func lookupKey(_ letters: Substring) -> String {
        var key = withoutPossessive(letters).lowercased()
        if !key.allSatisfy(\.isASCII) {
            key = key.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{02BC}", with: "'")
                .folding(options: .diacriticInsensitive, locale: nil)
        }
        return key
    }

    private static func withoutPossessive(_ letters: Substring) -> Substring {
        var word = letters
        while let last = word.last, WordScanner.isApostrophe(last) { word.removeLast() }
        if word.count > 2, word.last == "s" || word.last == "S", let apostrophe = word.dropLast().last,
           WordScanner.isApostrophe(apostrophe) {
            word.removeLast(2)
        }
        return word
    }

    /// "NHS", "EHCP", "PSHE": two or more capitals, and either no vowel or short enough that
    /// it is more likely spelled out than said as a word ("SENCO" is said as a word).
    private static func isInitialism(_ letters: Substring) -> Bool {
        guard letters.count >= 2, letters.allSatisfy(\.isUppercase) else { return false }
        return letters.count <= 4 || !letters.contains { "AEIOUY".contains($0) }
    }
}
