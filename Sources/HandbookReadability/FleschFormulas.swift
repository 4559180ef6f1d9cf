/// The Flesch reading ease and Flesch–Kincaid grade formulas.
enum FleschFormulas {
    /// 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    static func ease(words: Int, sentences: Int, syllables: Int) -> Double {
        guard words > 0, sentences > 0 else { return 0 }
        return 206.835 - 1.015 * ratio(words, sentences) - 84.6 * ratio(syllables, words)
    }

    /// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    static func grade(words: Int, sentences: Int, syllables: Int) -> Double {
        guard words > 0, sentences > 0 else { return 0 }
        return 0.39 * ratio(words, sentences) + 11.8 * ratio(syllables, words) - 15.59
    }

    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        Double(numerator) / Double(denominator)
    }
}
