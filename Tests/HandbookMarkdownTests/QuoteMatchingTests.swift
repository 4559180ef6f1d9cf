import HandbookMarkdown
import Testing

struct QuoteMatchingTests {
    let outline = MarkdownDocument(markdown: """
        The school\u{2019}s   policy says “be kind”.

        - No member of staff should interact with any pupil in the school on social networking sites
        - No pupil under 13 should be accessing social networking sites.
        """, firstLine: 5).outline

    @Test func matchesAcrossTypographicQuotesAndWhitespace() {
        #expect(QuoteLocator(outline: outline).locate("The school's policy says \"be kind\"") == .found(block: 0, alsoIn: []))
    }

    @Test func isCaseSensitiveAndSuggestsTheClosestPassage() {
        guard case let .notFound(closest?) = QuoteLocator(outline: outline).locate("No member of staff should interact with any child") else {
            Issue.record("expected a miss with a suggestion")
            return
        }
        #expect(closest.text == "No member of staff should interact with any pupil")
        #expect(closest.line == 7)
        #expect(closest.difference < 0.2)
    }

    @Test func reportsEveryBlockHoldingTheQuote() {
        #expect(QuoteLocator(outline: outline).locate("social networking sites") == .found(block: 1, alsoIn: [2]))
    }
}
