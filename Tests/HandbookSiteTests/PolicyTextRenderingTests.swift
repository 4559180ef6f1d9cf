import Foundation
import HandbookChecks
import HandbookMarkdown
import HandbookModel
import HandbookSite
import Testing

struct MarkdownTests {
    @Test func headingsGetStableUniqueIDs() {
        let document = MarkdownDocument(markdown: "## Terms of Use\n\ntext\n\n## Terms of Use\n\n### Guidance/protection for staff\n\n## Main\n")
        #expect(document.outline.headings.map(\.id) == ["terms-of-use", "terms-of-use-2", "guidance-protection-for-staff", "main-2"])
    }

    @Test func blocksAreParagraphsAndListItemsWithFileLines() {
        let markdown = "Intro line one\nline two.\n\n- first item\n- second item\n  continued\n\n> quoted words\n"
        let document = MarkdownDocument(markdown: markdown, firstLine: 11)
        let blocks = document.outline.blocks
        #expect(blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .paragraph])
        #expect(blocks.map(\.line) == [11, 14, 15, 18])
        #expect(blocks[0].text == "Intro line one line two.")
        #expect(blocks[2].normalizedText == "second item continued")
    }

    @Test func safeModeDropsRawHTMLAndScriptLinks() {
        let markdown = "<script>alert(1)</script>\n\nHello <b onclick=\"x()\">there</b> [click](javascript:alert(1))\n"
        let html = MarkdownDocument(markdown: markdown).renderHTML(tags: [:], headingLevelShift: 0)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("click"))
    }

    @Test func headingsAndRuleTagsAreInTheRenderedHTML() {
        let document = MarkdownDocument(markdown: "# Title\n\n## Part\n\n- a rule here\n- another\n\nA paragraph.\n")
        let html = document.renderHTML(tags: [0: "<div class=\"rule-block\">", 2: "<div class=\"p\">"], headingLevelShift: 1)
        #expect(html.contains("<h2 id=\"title\">\nTitle\n</h2>"))
        #expect(html.contains("<h3 id=\"part\">\nPart\n</h3>"))
        #expect(html.contains("<li>\n<div class=\"rule-block\">\n<p>a rule here</p>\n</div>\n</li>"))
        #expect(html.contains("<div class=\"p\">\n<p>A paragraph.</p>\n</div>"))
    }
}
