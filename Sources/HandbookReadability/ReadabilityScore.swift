/// How hard a text is to read, by the Flesch formulas, with the figures behind the score.
public struct ReadabilityScore: Sendable, Hashable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// Flesch–Kincaid grade level: roughly the US school grade (UK year minus one) that can
    /// read the text. 0 for a text without words.
    public var grade: Double
    /// Flesch reading ease: 100 is very easy, below 30 very hard. 0 for a text without words.
    public var ease: Double
    /// The sentence with the most words (the first of equals), as written.
    public var longestSentence: String
    /// Distinct words of three or more syllables that the reader's `FamiliarWords` do not hold,
    /// lower-cased, most syllables first, then alphabetical.
    public var hardWords: [String]

    public init(
        words: Int, sentences: Int, syllables: Int, grade: Double, ease: Double,
        longestSentence: String, hardWords: [String]
    ) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.grade = grade
        self.ease = ease
        self.longestSentence = longestSentence
        self.hardWords = hardWords
    }
}
