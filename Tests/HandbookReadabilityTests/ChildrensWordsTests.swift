import Foundation
@testable import HandbookReadability
import Testing

/// The children's word lists and how abbreviations are said: data files in Resources, each read
/// the way the gate reads it.
struct ChildrensWordsTests {
    @Test func theListsShipWithTheirLicenceAndEachBandKnowsTheListsTaughtByItsYoungestAge() throws {
        let licence = try #require(Bundle.module.url(forResource: "childrens-words-LICENCE", withExtension: "txt"))
        #expect(try String(contentsOf: licence, encoding: .utf8).contains("Open Government Licence v3.0"))
        #expect(ChildrensWordLists.shared.lists.map(\.fromAge) == [4, 4, 7, 9])
        #expect(ChildrensWordLists.shared.lists.map(\.words.count) == [100, 200, 109, 104])

        let infants = FamiliarWords.pupils(aged: 5)
        #expect(infants.contains("everyone") && infants.contains("Something") && infants.contains("animals"))
        #expect(!infants.contains("remember") && !infants.contains("accommodate"))
        let years3And4 = FamiliarWords.pupils(aged: 7)
        #expect(years3And4.contains("remember") && years3And4.contains("remembers") && years3And4.contains("history’s"))
        #expect(!years3And4.contains("accommodate"))
        #expect(FamiliarWords.pupils(aged: 9).contains("accommodate"))
        #expect(FamiliarWords.pupils(aged: nil).contains("everyone") && !FamiliarWords.pupils(aged: nil).contains("remember"))
        #expect(FamiliarWords.adults.contains("vegetables"))
        #expect(!FamiliarWords.adults.contains("safeguarding"))
    }

    @Test func aListedWordIsNeverHardButTheGradeIsTheSame() {
        let text = "Everyone must remember the electricity rules. Something different happens in history."
        let plain = Readability.score(text)
        #expect(plain.hardWords == ["electricity", "different", "everyone", "history", "remember"])
        let years3And4 = Readability.score(text, familiar: .pupils(aged: 7))
        #expect(years3And4.hardWords == ["electricity"])
        #expect(years3And4.grade == plain.grade && years3And4.syllables == plain.syllables)
        let infants = Readability.score(text, familiar: .pupils(aged: 5))
        #expect(infants.hardWords == ["electricity", "history", "remember"])
    }

    @Test func abbreviationsAreCountedAsTheyAreSaid() {
        // Letter by letter.
        #expect(Readability.syllables(in: "PE") == 2)
        #expect(Readability.syllables(in: "ICT") == 3)
        #expect(Readability.syllables(in: "PSHE") == 4)
        #expect(Readability.syllables(in: "RE") == 2)  // not the word "re"
        #expect(Readability.syllables(in: "SEN") == 3)  // not the word "sen"
        #expect(Readability.syllables(in: "TA") == 2)
        #expect(Readability.syllables(in: "EHCPs") == 4)
        #expect(Readability.syllables(in: "PE's") == 2)
        // As words.
        #expect(Readability.syllables(in: "SEND") == 1)
        #expect(Readability.syllables(in: "SENCO") == 2)
        #expect(Readability.syllables(in: "SENDCo") == 2)
        #expect(Readability.syllables(in: "LADO") == 2)
        #expect(Readability.syllables(in: "CAMHS") == 1)
        // The listed count is given, not guessed; small letters are the ordinary word.
        #expect(Readability.isKnownWord("SEN") && Readability.isKnownWord("PSHE"))
        #expect(Readability.syllables(in: "re") == 1 && Readability.syllables(in: "send") == 1)
        // Not listed: as before.
        #expect(Readability.syllables(in: "NHS") == 3 && !Readability.isKnownWord("NHS"))
        // In a sentence, and inside a hyphenated word.
        #expect(Readability.score("We have PE and RE.").syllables == 7)
        #expect(Readability.syllables(in: "PE-kit") == 3)
    }

    @Test func theAbbreviationFileIsReadLineByLine() {
        let abbreviations = SpokenAbbreviations(text: "# comment\nPE: P E\nSEND: send\nbroken line\nEMPTY:\n")
        #expect(abbreviations.spokenForm(of: "PE") == ["P", "E"])
        #expect(abbreviations.spokenForm(of: "SEND") == ["send"])
        #expect(abbreviations.spokenForm(of: "Send") == nil)
        #expect(abbreviations.spokenForm(of: "EMPTY") == nil)
    }
}
