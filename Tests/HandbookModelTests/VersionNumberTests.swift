import HandbookModel
import Testing

/// One grammar for every version: MAJOR.MINOR, no leading zeros.
struct VersionNumberTests {
    @Test func comparesNumberByNumber() throws {
        let v19 = try #require(VersionNumber("1.9")), v110 = try #require(VersionNumber("1.10"))
        let v20 = try #require(VersionNumber("2.0"))
        #expect(v19 < v110)
        #expect(v110 < v20)
    }

    @Test(arguments: ["1", "1.0.1", "v2", "01.5", "1.05", "1.", ".1", "", "1.x", "../1", "1/../../x", "1.0 ", "١.٠"])
    func refusesWhatIsNotTwoPlainNumbers(_ text: String) {
        #expect(VersionNumber(text) == nil)
    }

    @Test func theNextMinorVersionCountsOn() throws {
        #expect(try #require(VersionNumber("1.9")).nextMinor.text == "1.10")
        #expect(try #require(VersionNumber("1.10")).nextMinor.text == "1.11")
    }

    @Test func aVersionOutsideTheGrammarGetsANearbySuggestion() {
        #expect(VersionSuggestion.repair("v2") == "2.0")
        #expect(VersionSuggestion.repair("1.0.1") == "1.0")
        #expect(VersionSuggestion.repair("01.5") == "1.5")
        #expect(VersionSuggestion.repair("draft") == "1.0")
    }
}
