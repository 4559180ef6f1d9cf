/// A lower-case word as a list of letters, with the look-ups the syllable rules need.
/// Positions outside the word read as `nil`, so rules can look around without range checks.
package struct Spelling {
    package let letters: [Unicode.Scalar]

    package init(_ letters: [Unicode.Scalar]) { self.letters = letters }
    package init(_ text: String) { letters = Array(text.unicodeScalars) }

    package var count: Int { letters.count }
    package var last: Unicode.Scalar? { letters.last }

    package subscript(index: Int) -> Unicode.Scalar? {
        letters.indices.contains(index) ? letters[index] : nil
    }

    package func hasPrefix(_ text: String) -> Bool { matches(text, at: 0) }

    package func hasSuffix(_ text: String) -> Bool { matches(text, at: count - text.unicodeScalars.count) }

    /// True when `text` is spelled starting at `index`.
    package func matches(_ text: String, at index: Int) -> Bool {
        guard index >= 0, index + text.unicodeScalars.count <= count else { return false }
        var position = index
        for letter in text.unicodeScalars {
            if letters[position] != letter { return false }
            position += 1
        }
        return true
    }

    package func matchesAny(_ options: [String], at index: Int) -> Bool {
        options.contains { matches($0, at: index) }
    }

    /// True when `text` starts at `index` and runs to the end of the word.
    package func endsWith(_ text: String, at index: Int) -> Bool {
        index + text.unicodeScalars.count == count && matches(text, at: index)
    }

    package func endsWithAny(_ options: [String], at index: Int) -> Bool {
        options.contains { endsWith($0, at: index) }
    }

    package func dropFirst(_ n: Int) -> Spelling { Spelling(Array(letters.dropFirst(n))) }
    package func dropLast(_ n: Int) -> Spelling { Spelling(Array(letters.dropLast(n))) }

    package var containsVowelLetter: Bool { letters.contains { Spelling.isVowelLetter($0) } }

    /// Ends in an e that is probably silent: after one consonant (not h) that follows a
    /// vowel, or after a cluster such as -nge or -ste: "complete", "change", "taste", "unique".
    package var hasSilentFinalE: Bool {
        guard count >= 3, hasSuffix("e") else { return false }
        if hasSuffix("que") || hasSuffix("gue") { return true }
        guard let consonant = self[count - 2], !Spelling.isVowelLetter(consonant), consonant != "h" else { return false }
        return Spelling.isVowelLetter(self[count - 3])
            || matchesAny(["nge", "nce", "nse", "ste", "rse", "rge", "rce", "dge", "lse", "lve", "rve"], at: count - 3)
    }

    /// "intrigu(ing)", "catalogu(ed)": a u after g that belongs to a silent -gue.
    package var hasSilentGu: Bool {
        guard hasSuffix("gu"), let beforeG = self[count - 3] else { return false }
        return Spelling.isVowelLetter(beforeG) || beforeG == "n"
    }

    package static func isVowelLetter(_ letter: Unicode.Scalar?) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }
}
