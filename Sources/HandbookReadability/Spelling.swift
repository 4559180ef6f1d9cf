/// A lower-case word as a list of letters, with the look-ups the syllable rules need.
/// Positions outside the word read as `nil`, so rules can look around without range checks.
struct Spelling {
    let letters: [Unicode.Scalar]

    init(_ letters: [Unicode.Scalar]) { self.letters = letters }
    init(_ text: String) { letters = Array(text.unicodeScalars) }

    var count: Int { letters.count }
    var last: Unicode.Scalar? { letters.last }

    subscript(index: Int) -> Unicode.Scalar? {
        letters.indices.contains(index) ? letters[index] : nil
    }

    func hasPrefix(_ text: String) -> Bool { matches(text, at: 0) }

    func hasSuffix(_ text: String) -> Bool { matches(text, at: count - text.unicodeScalars.count) }

    /// True when `text` is spelled starting at `index`.
    func matches(_ text: String, at index: Int) -> Bool {
        guard index >= 0, index + text.unicodeScalars.count <= count else { return false }
        var position = index
        for letter in text.unicodeScalars {
            if letters[position] != letter { return false }
            position += 1
        }
        return true
    }

    func matchesAny(_ options: [String], at index: Int) -> Bool {
        options.contains { matches($0, at: index) }
    }

    /// True when `text` starts at `index` and runs to the end of the word.
    func endsWith(_ text: String, at index: Int) -> Bool {
        index + text.unicodeScalars.count == count && matches(text, at: index)
    }

    func endsWithAny(_ options: [String], at index: Int) -> Bool {
        options.contains { endsWith($0, at: index) }
    }

    func dropFirst(_ n: Int) -> Spelling { Spelling(Array(letters.dropFirst(n))) }
    func dropLast(_ n: Int) -> Spelling { Spelling(Array(letters.dropLast(n))) }

    var containsVowelLetter: Bool { letters.contains { Spelling.isVowelLetter($0) } }

    /// Ends in an e that is probably silent: after one consonant (not h) that follows a
    /// vowel, or after a cluster such as -nge or -ste: "complete", "change", "taste", "unique".
    var hasSilentFinalE: Bool {
        guard count >= 3, hasSuffix("e") else { return false }
        if hasSuffix("que") || hasSuffix("gue") { return true }
        guard let consonant = self[count - 2], !Spelling.isVowelLetter(consonant), consonant != "h" else { return false }
        return Spelling.isVowelLetter(self[count - 3])
            || matchesAny(["nge", "nce", "nse", "ste", "rse", "rge", "rce", "dge", "lse", "lve", "rve"], at: count - 3)
    }

    /// "intrigu(ing)", "catalogu(ed)": a u after g that belongs to a silent -gue.
    var hasSilentGu: Bool {
        guard hasSuffix("gu"), let beforeG = self[count - 3] else { return false }
        return Spelling.isVowelLetter(beforeG) || beforeG == "n"
    }

    static func isVowelLetter(_ letter: Unicode.Scalar?) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }
}
