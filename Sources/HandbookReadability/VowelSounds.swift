/// Counts the vowel sounds of one word part: one per group of vowel letters, plus one for
/// each pair inside a group said as two sounds ("li|on", see `VowelPairs.swift`), less one
/// for a silent final e, -es or -ed.
struct VowelSounds {
    let word: Spelling
    /// Whether each letter acts as a vowel here: y and u can be consonants ("yes", "quiet").
    let isVowel: [Bool]

    init(_ word: Spelling) {
        self.word = word
        isVowel = Self.classify(word)
    }

    var count: Int {
        var total = 0
        var groups = 0
        var index = 0
        while index < word.count {
            guard isVowel[index] else {
                index += 1
                continue
            }
            var end = index + 1
            while end < word.count, isVowel[end] { end += 1 }
            groups += 1
            total += 1
            for first in index..<(end - 1) where saidApart(first) { total += 1 }
            index = end
        }
        if groups > 1, hasSilentEnding { total -= 1 }
        if endsInSyllabicM { total += 1 }
        if endsInSyllabicL { total += 1 }
        // "basically" is said "basic-ly".
        if word.hasSuffix("ically") { total -= 1 }
        return total
    }

    // MARK: Which letters are vowels

    private static func classify(_ word: Spelling) -> [Bool] {
        var result = [Bool](repeating: false, count: word.count)
        for index in 0..<word.count {
            let next = word[index + 1]
            switch word.letters[index] {
            case "a", "e", "i", "o":
                result[index] = true
            case "u":
                result[index] = uIsVowel(word, at: index)
            case "y":
                // Before a vowel, y is a consonant at the start ("yes"), after a vowel or w
                // ("player", "lawyer") and after one consonant ("canyon"), but a vowel after
                // two ("flyer", "embryo").
                if !Spelling.isVowelLetter(next) {
                    result[index] = true
                } else if index == 0 || result[index - 1] || word[index - 1] == "w" {
                    result[index] = false
                } else {
                    result[index] = index >= 2 && !result[index - 2]
                }
            default:
                result[index] = false
            }
        }
        return result
    }

    /// "qu" is said "kw", and "gu" before a vowel is a hard g ("guard", "language"), except in
    /// a sounded -gue ("argue"), "ambiguous" and "ambiguity".
    private static func uIsVowel(_ word: Spelling, at index: Int) -> Bool {
        if word[index - 1] == "q" { return false }
        guard word[index - 1] == "g", Spelling.isVowelLetter(word[index + 1]) else { return true }
        if word.endsWithAny(["ue", "ues", "ued"], at: index) { return !isSilentGue(word, at: index) }
        return word.matchesAny(["uous", "uity"], at: index)
    }

    /// "league", "tongue", "catalogues": -ue after g is silent unless a consonant other than n
    /// comes before the g ("argue").
    private static func isSilentGue(_ word: Spelling, at index: Int) -> Bool {
        guard let beforeG = word[index - 2] else { return false }
        return Spelling.isVowelLetter(beforeG) || beforeG == "n"
    }

    // MARK: Endings

    /// A final e that is not sounded: "make", "times", "jumped"; but "table", "acre",
    /// "places", "wanted", "fired" keep theirs.
    private var hasSilentEnding: Bool {
        let n = word.count
        guard n >= 3 else { return false }
        if word.hasSuffix("e"), !isVowel[n - 2] {
            return !keepsFinalE(consonantAt: n - 2)
        }
        if word.hasSuffix("es"), isVowel[n - 2], !isVowel[n - 3] {
            if word.matchesAny(["ches", "shes"], at: n - 4) { return false }
            if ["s", "x", "z", "c", "g"].contains(word.letters[n - 3]) { return false }
            return !keepsFinalE(consonantAt: n - 3)
        }
        if word.hasSuffix("ed"), isVowel[n - 2], !isVowel[n - 3] {
            let consonant = word.letters[n - 3]
            if consonant == "t" || consonant == "d" { return false }
            if word.endsWith("ired", at: n - 4), n > 4, !isVowel[n - 5] { return false }
            return !keepsFinalE(consonantAt: n - 3)
        }
        return false
    }

    /// The e after a consonant is sounded in "-ble", "-tre" (after another consonant).
    private func keepsFinalE(consonantAt index: Int) -> Bool {
        guard index >= 1, !isVowel[index - 1] else { return false }
        let before = word.letters[index - 1]
        switch word.letters[index] {
        case "l": return !["l", "r", "w"].contains(before)
        case "r": return before != "r" && before != "w"
        default: return false
        }
    }

    /// "prism", "enthusiasm", "rhythm": the final m is a syllable of its own.
    private var endsInSyllabicM: Bool {
        let stem = word.hasSuffix("s") ? word.dropLast(1) : word
        guard stem.count >= 3 else { return false }
        return (stem.hasSuffix("sm") && Spelling.isVowelLetter(stem[stem.count - 3])) || stem.hasSuffix("thm")
    }

    /// "bubbling": an l after a consonant is a syllable of its own before -ing.
    private var endsInSyllabicL: Bool {
        for ending in ["ings", "ing"] where word.hasSuffix(ending) {
            let end = word.count - ending.unicodeScalars.count
            guard end >= 3, word.letters[end - 1] == "l", !isVowel[end - 2] else { return false }
            return !["l", "r", "w", "h"].contains(word.letters[end - 2])
        }
        return false
    }
}
