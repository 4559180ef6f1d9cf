/// Splits a word where its spelling hides a syllable boundary, counts the vowel sounds of each
/// part and adds them up: compounds whose first half ends in a silent e ("safe|guarding",
/// "police|man"), suffixes after a silent e ("complete|ly") and -ing after a vowel ("go|ing").
struct WordParts {
    let spelling: Spelling

    init(_ spelling: Spelling) { self.spelling = spelling }

    var syllables: Int {
        if spelling.hasPrefix("mc"), spelling.count > 3 {
            // "McCarthy": mc has no vowel letter but is said "mac".
            return 1 + WordParts(spelling.dropFirst(2)).syllables
        }
        for prefix in ["every", "any"] where spelling.hasPrefix(prefix) {
            // "everyone", "anything": the y ends a two-syllable first part.
            let rest = spelling.dropFirst(prefix.unicodeScalars.count)
            if rest.count >= 3, Self.startsLikeAWord(rest) || rest.hasPrefix("one") {
                return 2 + WordParts(rest).syllables
            }
        }
        for part in ["over", "overs"] where spelling.hasSuffix(part) {
            let first = spelling.dropLast(part.unicodeScalars.count)
            if first.count >= 3, first.hasSuffix("e") || first.hasSuffix("y") {
                return WordParts(first).syllables + 2
            }
        }
        if let (first, rest) = splitCompound() {
            return WordParts(first).syllables + WordParts(rest).syllables
        }
        if let (stem, suffixSyllables) = splitSuffix() {
            return WordParts(stem).syllables + suffixSyllables
        }
        return VowelSounds(spelling).count
    }

    /// Whether "n't" after this word adds a syllable: "did|n't", "have|n't", but not "don't".
    var endsInConsonantSound: Bool {
        guard let last = spelling.last else { return false }
        if last == "e" { return spelling.count > 2 && !Spelling.isVowelLetter(spelling[spelling.count - 2]) }
        return !Spelling.isVowelLetter(last)
    }

    // MARK: Compounds

    /// First parts of compounds that end in a silent e.
    private static let silentEFirstParts = [
        "some", "safe", "home", "life", "time", "care", "where", "there", "here", "house", "wide",
        "side", "note", "whole", "base", "case", "game", "like", "wise", "white", "bare", "fore",
        "horse", "stone", "lime", "nose", "name", "space", "fire", "made", "line", "score", "type",
    ]

    /// Second parts of compounds, split off when the first part ends in a silent e
    /// ("police|man", "guide|line", "sales|man").
    private static let secondParts = [
        "man", "men", "woman", "women", "stone", "stones", "line", "lines", "light", "work", "works",
        "ware", "way", "ways", "wood", "water", "ball", "board", "book", "books", "land", "ship",
        "one", "field", "ford", "house", "worth", "wright", "berg", "burg", "ville", "town",
        "maker", "makers", "keeper", "keepers", "owner", "owners", "breaker", "breakers", "holder",
        "holders", "like", "writer", "writers", "power", "paper", "papers", "flower", "flowers",
        "cutter", "worker", "workers", "burger", "burgers", "player", "players",
    ]

    /// Consonant pairs that can start an English word, so "care|ssing" is not split.
    private static let onsets: Set<String> = [
        "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gr", "kn", "ph", "pl", "pr",
        "qu", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr",
    ]

    private func splitCompound() -> (Spelling, Spelling)? {
        for part in Self.silentEFirstParts where spelling.hasPrefix(part) {
            let rest = spelling.dropFirst(part.unicodeScalars.count)
            guard rest.count >= 4, Self.startsLikeAWord(rest) else { continue }
            return (Spelling(part), rest)
        }
        for part in Self.secondParts where spelling.hasSuffix(part) {
            let first = spelling.dropLast(part.unicodeScalars.count)
            let stem = first.hasSuffix("s") ? first.dropLast(1) : first
            guard first.count >= 3, stem.count >= 3, stem.hasSuffix("e"),
                  !Spelling.isVowelLetter(stem[stem.count - 2]), Spelling.isVowelLetter(stem[stem.count - 3])
            else { continue }
            return (first, Spelling(part))
        }
        return nil
    }

    private static func startsLikeAWord(_ rest: Spelling) -> Bool {
        guard let first = rest[0], !Spelling.isVowelLetter(first) else { return false }
        guard let second = rest[1], !Spelling.isVowelLetter(second) else { return true }
        return onsets.contains(String(String.UnicodeScalarView([first, second])))
    }

    // MARK: Suffixes

    /// Suffixes split off after a silent e, with their syllables.
    private static let suffixesAfterSilentE: [(String, Int)] = [
        ("lessness", 2), ("lessly", 2), ("fulness", 2), ("fully", 2), ("ments", 1), ("ment", 1),
        ("ness", 1), ("less", 1), ("ful", 1), ("ly", 1), ("ty", 1),
    ]

    private func splitSuffix() -> (Spelling, Int)? {
        for (suffix, syllables) in Self.suffixesAfterSilentE where spelling.hasSuffix(suffix) {
            let stem = spelling.dropLast(suffix.unicodeScalars.count)
            guard stem.hasSilentFinalE else { continue }
            // "element", "tenement": the e before -ment is sounded after a lone e.
            if suffix.hasPrefix("ment"), stem.count >= 4, stem[stem.count - 3] == "e",
               !Spelling.isVowelLetter(stem[stem.count - 4]) {
                continue
            }
            return (stem, syllables)
        }
        for suffix in ["ings", "ing"] where spelling.hasSuffix(suffix) {
            let stem = spelling.dropLast(suffix.unicodeScalars.count)
            guard stem.count >= 2, Spelling.isVowelLetter(stem.last), !stem.hasSilentGu,
                  stem.count == 2 || stem.dropLast(1).containsVowelLetter
            else { continue }
            // An e kept before -ing after a consonant is sounded: "being", "wellbeing"; but
            // not after a vowel and consonant: "ageing".
            if stem.hasSuffix("e"), !Spelling.isVowelLetter(stem[stem.count - 2]), !Spelling.isVowelLetter(stem[stem.count - 3]) {
                return (stem.dropLast(1), 2)
            }
            return (stem, 1)
        }
        return nil
    }
}
