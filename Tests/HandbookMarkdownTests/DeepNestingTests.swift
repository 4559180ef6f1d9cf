import HandbookMarkdown
import Testing

/// Input nested far deeper than any stack allows recursion for: every walk must be a loop.
@Suite struct DeepNestingTests {
    private static let depth = 100_000

    @Test func blockQuotesNestedOnOneLine() {
        let markdown = String(repeating: ">", count: Self.depth) + " deep"
        let html = expectBuildsAndRenders(markdown, label: "block quotes")
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == Self.depth)
    }

    @Test func listItemsNestedOnOneLine() {
        let markdown = String(repeating: "- ", count: Self.depth) + "deep"
        let html = expectBuildsAndRenders(markdown, label: "list items")
        #expect(html.components(separatedBy: "<li>").count - 1 == Self.depth)
    }

    /// Builds the document, its outline and its HTML, compares the HTML with cmark's and prints
    /// how long each step took, cmark's own parse and render included.
    private func expectBuildsAndRenders(_ markdown: String, label: String) -> String {
        let clock = ContinuousClock()
        var reference = ""
        let cmarkTime = clock.measure { reference = CmarkReference.html(markdown) }
        var document = MarkdownDocument(markdown: "")
        let buildTime = clock.measure { document = MarkdownDocument(markdown: markdown) }
        var html = ""
        let renderTime = clock.measure { html = document.renderHTML() }
        var tagged = ""
        let taggedTime = clock.measure {
            tagged = document.renderHTML(tags: [0: "<div class=\"tags\">"], headingLevelShift: 1)
        }
        print("\(label) ×\(Self.depth): cmark parse+render \(cmarkTime), document+outline \(buildTime), "
              + "render \(renderTime), tagged render \(taggedTime)")
        #expect(html == reference)
        #expect(tagged.hasPrefix("<"))
        #expect(document.outline.blocks.contains { $0.text == "deep" })
        return html
    }
}
