import HandbookMarkdown
import Testing

@Suite struct PolicyOutlineTests {
    @Test func headingsHaveUniqueIdsAndFileLines() {
        let markdown = "# Terms of Use\n\nText.\n\n## Terms of Use\n\nSetext\n---\n\n### Top\n"
        let outline = MarkdownDocument(markdown: markdown, firstLine: 10).outline
        #expect(outline.headings == [
            Heading(level: 1, text: "Terms of Use", id: "terms-of-use", line: 10),
            Heading(level: 2, text: "Terms of Use", id: "terms-of-use-2", line: 14),
            Heading(level: 2, text: "Setext", id: "setext", line: 16),
            Heading(level: 3, text: "Top", id: "top-2", line: 19),
        ])
    }

    @Test func headingTextDropsMarkup() {
        let outline = MarkdownDocument(markdown: "## *Staff* `code` <b>use</b> [link](/x)").outline
        #expect(outline.headings.first?.text == "Staff code use link")
        #expect(outline.headings.first?.id == "staff-code-use-link")
    }

    @Test func blocksAreItemsAndParagraphsOutsideItems() {
        let markdown = """
        Intro paragraph
        on two lines.

        ## Rules

        - First *item*
          continued.

          Second paragraph of the item.
          - Nested item
        - Second item

        > A quoted “paragraph”.
        """
        let outline = MarkdownDocument(markdown: markdown, firstLine: 5).outline
        let blocks = outline.blocks
        #expect(blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .listItem, .paragraph])
        #expect(blocks.map(\.index) == [0, 1, 2, 3, 4])
        #expect(blocks.map(\.text) == [
            "Intro paragraph on two lines.",
            "First item continued. Second paragraph of the item.",
            "Nested item",
            "Second item",
            "A quoted “paragraph”.",
        ])
        #expect(blocks[4].normalizedText == "A quoted \"paragraph\".")
        #expect(blocks.map(\.line) == [5, 10, 14, 15, 17])
        #expect(blocks.map(\.section) == [nil, 0, 0, 0, 0])
    }

    /// A paragraph in a quote inside an item is a block of its own as well as part of the item's text.
    @Test func itemTextSeparatesItsBlocksWithSpaces() {
        let outline = MarkdownDocument(markdown: "- Words\n\n  ```\n  code\n  ```\n  > quoted\n  > more").outline
        #expect(outline.blocks.map(\.text) == ["Words code\n quoted more", "quoted more"])
        #expect(outline.blocks.map(\.normalizedText) == ["Words code quoted more", "quoted more"])
    }

    @Test func droppedContentKeepsFileLines() {
        let markdown = """
        Text.

        <div>
        block
        </div>

        Inline <span>html</span> and [bad](javascript:alert(1)) and ![img](data:text/html,x).

        [fine](https://example.com) ![ok](data:image/png;base64,AAAA)
        """
        let outline = MarkdownDocument(markdown: markdown, firstLine: 3).outline
        #expect(outline.dropped == [
            DroppedContent(kind: .html, text: "<div>\nblock\n</div>", line: 5),
            DroppedContent(kind: .html, text: "<span>", line: 9),
            DroppedContent(kind: .html, text: "</span>", line: 9),
            DroppedContent(kind: .unsafeLink, text: "javascript:alert(1)", line: 9),
            DroppedContent(kind: .unsafeLink, text: "data:text/html,x", line: 9),
        ])
    }

    @Test func everyLinkAndImageIsListedWithItsLine() {
        let markdown = """
        See [the trips policy](../trips/) and
        <https://example.com/a>.

        ![Logo](logo.png "The logo") and [ref][r]

        [r]: /reference
        """
        let outline = MarkdownDocument(markdown: markdown, firstLine: 2).outline
        #expect(outline.links == [
            MarkdownLink(url: "../trips/", line: 2, isImage: false),
            MarkdownLink(url: "https://example.com/a", line: 3, isImage: false),
            MarkdownLink(url: "logo.png", line: 5, isImage: true),
            MarkdownLink(url: "/reference", line: 5, isImage: false),
        ])
    }

    @Test func theTreeHoldsNoParserState() {
        let document = MarkdownDocument(markdown: "# A\n\nB *c*")
        #expect(document.tree.nodes.map(\.kind) == [.document, .heading, .text, .paragraph, .text, .emphasis, .text])
        #expect(document.tree.children(of: 0) == [1, 3])
        #expect(document.tree.plainText(of: 0) == "A B c")
    }
}
