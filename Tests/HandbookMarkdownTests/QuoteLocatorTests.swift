import HandbookMarkdown
import HandbookModel
import Testing

@Suite struct QuoteLocatorTests {
    private let outline = MarkdownDocument(markdown: """
        Staff must not post pictures of pupils.

        - Staff must not post pictures of pupils.
        - Report concerns to the Headteacher at once.
        """).outline

    @Test func findsEveryBlockHoldingTheQuote() {
        let match = QuoteLocator(outline: outline).locate("must not post  pictures")
        #expect(match == .found(block: 0, alsoIn: [1]))
    }

    /// A quote is matched on its text as written, even where it starts or ends inside a word.
    @Test func findsAQuoteThatStartsInsideAWord() {
        #expect(QuoteLocator(outline: outline).locate("ust not post pictures of pup") == .found(block: 0, alsoIn: [1]))
        #expect(QuoteLocator(outline: outline).locate("Headteacher at once.") == .found(block: 2, alsoIn: []))
    }

    @Test func anEmptyQuoteIsNowhere() {
        #expect(QuoteLocator(outline: outline).locate(" \n ") == .notFound(closest: nil))
    }

    @Test func suggestsTheClosestPassage() {
        let match = QuoteLocator(outline: outline).locate("Report worries to the Headteacher")
        guard case .notFound(let closest) = match, let closest else {
            Issue.record("expected a suggestion, got \(match)")
            return
        }
        #expect(closest.text == "Report concerns to the Headteacher")
        #expect(closest.line == 4)
        #expect(closest.difference == 0.2)
    }

    @Test func wordEditDistanceCountsEdits() {
        #expect(Suggestion.editDistance(["a", "b", "c"], ["a", "x", "c", "d"]) == 2)
        #expect(Suggestion.editDistance([String](), ["a"]) == 1)
    }
}
