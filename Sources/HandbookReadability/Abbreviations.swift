/// Abbreviations whose full stop does not end a sentence. (A full stop followed by a small
/// letter never ends one, so "etc." and "a.m." only end a sentence before a capital.)
enum Abbreviations {
    /// Titles come before a name, and "e.g." or "vs." before more of the same sentence.
    private static let neverLast: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "st", "e.g", "eg", "i.e", "ie", "vs", "cf",
        "approx", "incl", "esp", "dept", "fig",
    ]

    /// Abbreviations that come before a number: "No. 5", "p. 12".
    private static let beforeNumbers: Set<String> = ["no", "nos", "p", "pp", "para", "vol", "ch"]

    /// - Parameters:
    ///   - word: the letters and dots just before the full stop ("Mr", "e.g", "J").
    ///   - next: the first character after the full stop and the spaces after it.
    static func mayEndSentence(_ word: Substring, before next: Character) -> Bool {
        let key = word.lowercased()
        if neverLast.contains(key) { return false }
        if beforeNumbers.contains(key), next.isNumber { return false }
        // An initial: "Mrs J. Patel".
        if word.count == 1, word.first?.isUppercase == true, next.isUppercase { return false }
        return true
    }
}
