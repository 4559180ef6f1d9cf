import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// A word explained twice in the glossary is an error at the second entry.
struct GlossaryDuplicateTests {
    @Test func aTermGivenTwiceIsAnErrorAtTheSecond() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/glossary.yml", """
            - term: consent
              definitions:
                families: Saying yes.
            - term: Consent
              definitions:
                families: Agreeing.
            """)
        var loading: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &loading)
        #expect(loading.isEmpty)
        let config = try #require(handbook?.config)
        let diagnostics = GlossaryChecks.check(try #require(handbook?.glossary), config: config)
        #expect(diagnostics.map(\.message) == ["`Consent` is in the glossary twice: it is already explained under `consent`"])
        #expect(diagnostics.first?.location.line == 4)
        #expect(diagnostics.first?.hint == "the first is on line 1; keep one entry for it and remove or merge the other")
    }
}
