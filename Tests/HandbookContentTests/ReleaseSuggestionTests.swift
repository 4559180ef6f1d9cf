import HandbookChecks
import HandbookModel
import Testing

struct ReleaseSuggestionTests {
    @Test func suggestsTheNextVersionAfterTheLastRelease() throws {
        let last = try #require(VersionNumber("1.0"))
        #expect(ReleaseChecks.suggestedVersion(working: "1.0", after: last) == "1.1")
        #expect(ReleaseChecks.suggestedVersion(working: "2.0", after: try #require(VersionNumber("1.4"))) == "2.0")
    }
}
