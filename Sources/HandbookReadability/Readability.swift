/// Scores how easy a text is to read, for the gate that keeps pupils' and parents' summaries
/// simple. Syllables come from the CMU Pronouncing Dictionary where it has the word, and are
/// guessed from the spelling otherwise; abbreviations count as they are said.
public enum Readability {
    /// - Parameter familiar: words the reader knows, which are never listed as hard. They leave
    ///   the grade as it is: it is the Flesch–Kincaid formula on the syllables as spoken.
    public static func score(_ text: String, familiar: FamiliarWords = .none) -> ReadabilityScore {
        let counter = SyllableCounter(dictionary: .shared)
        var score = ReadabilityScore(words: 0, sentences: 0, syllables: 0, grade: 0, ease: 0, longestSentence: "", hardWords: [])
        var longestWords = 0
        var hardWords: [String: Int] = [:]
        for sentence in SentenceSplitter.sentences(in: text) {
            let words = WordScanner.words(in: sentence)
            score.sentences += 1
            score.words += words.count
            if words.count > longestWords {
                longestWords = words.count
                score.longestSentence = String(sentence)
            }
            for word in words {
                let syllables = counter.count(String(word)).syllables
                score.syllables += syllables
                if syllables >= 3, !familiar.contains(String(word)) { hardWords[word.lowercased()] = syllables }
            }
        }
        score.grade = FleschFormulas.grade(words: score.words, sentences: score.sentences, syllables: score.syllables)
        score.ease = FleschFormulas.ease(words: score.words, sentences: score.sentences, syllables: score.syllables)
        score.hardWords = hardWords.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return score
    }

    public static func sentences(in text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map(String.init)
    }

    /// The words of `text`, as written; list markers are not words.
    public static func words(in text: String) -> [String] {
        SentenceSplitter.sentences(in: text).flatMap { WordScanner.words(in: $0).map(String.init) }
    }

    /// At least 1 for any word; numbers in digits are counted as said ("13": 2).
    public static func syllables(in word: String) -> Int {
        SyllableCounter(dictionary: .shared).count(word).syllables
    }

    /// True when the word's count comes from the CMU-derived list (every part of it, for a
    /// hyphenated word), or it is a number; false when it is guessed from the spelling,
    /// including initialisms read letter by letter.
    public static func isKnownWord(_ word: String) -> Bool {
        SyllableCounter(dictionary: .shared).count(word).isKnown
    }
}
