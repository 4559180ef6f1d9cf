import HandbookMarkdown
import Testing

@Suite struct HTMLRendererTests {
    @Test(arguments: MarkdownCorpus.snippets.indices)
    func printsWhatCmarkPrints(snippet: Int) {
        let markdown = MarkdownCorpus.snippets[snippet]
        let document = MarkdownDocument(markdown: markdown)
        #expect(document.renderHTML() == CmarkReference.html(markdown),
                "\(markdown.debugDescription)")
    }

    @Test func printsThePoliciesAsCmarkDoes() throws {
        let policies = try PolicyFiles.all()
        #expect(policies.count >= 4)
        #expect(policies.contains { $0.path == "policies/social-media/policy.md" })
        for (path, markdown) in policies {
            let html = MarkdownDocument(markdown: markdown).renderHTML()
            #expect(html == CmarkReference.html(markdown), "\(path)")
        }
    }

    @Test(arguments: MarkdownCorpus.snippets.indices)
    func addsIdsTagsAndLinkChangesAsTheChangedCmarkTreeDid(snippet: Int) {
        expectChangedHTMLMatches(MarkdownCorpus.snippets[snippet])
    }

    @Test func addsIdsTagsAndLinkChangesToThePolicies() throws {
        for (_, markdown) in try PolicyFiles.all() {
            expectChangedHTMLMatches(markdown)
        }
    }

    @Test func rendersTheSameEveryTime() {
        let markdown = "# Title\n\n- [a](/x) item\n- two\n\nText with [link](/y)."
        let document = MarkdownDocument(markdown: markdown)
        let first = document.renderHTML(tags: [0: "<div class=\"tags\">"], headingLevelShift: 1) { _ in .unlink }
        let second = document.renderHTML(tags: [0: "<div class=\"tags\">"], headingLevelShift: 1) { _ in .unlink }
        #expect(first == second)
        #expect(document.renderHTML() == CmarkReference.html(markdown))
    }

    /// cmark 0.30 puts `language-` before the info string's first word even when it starts with
    /// `language-`; 0.31 does not, which is why the linked version is checked.
    @Test func namesACodeBlocksLanguageAsCmark0Point30Does() {
        let markdown = "```language-x\nlet a = 1 < 2\n```\n\n```x y\nz\n```"
        let html = "<pre><code class=\"language-language-x\">let a = 1 &lt; 2\n</code></pre>\n"
            + "<pre><code class=\"language-x\">z\n</code></pre>\n"
        #expect(MarkdownDocument(markdown: markdown).renderHTML() == html)
        #expect(CmarkReference.html(markdown) == html)
    }

    @Test func tagsATightItemsContentAsItsOwnParagraph() {
        let document = MarkdownDocument(markdown: "- one\n- two")
        let html = document.renderHTML(tags: [1: "<div class=\"tags\">"], headingLevelShift: 0)
        #expect(html == "<ul>\n<li>one</li>\n<li>\n<div class=\"tags\">\n<p>two</p>\n</div>\n</li>\n</ul>\n")
    }

    @Test func shiftsHeadingsAndGivesThemIds() {
        let document = MarkdownDocument(markdown: "# Intro\n\n###### Deep\n\n## Intro")
        let html = document.renderHTML(tags: [:], headingLevelShift: 1)
        #expect(html == "<h2 id=\"intro\">\nIntro\n</h2>\n<h6 id=\"deep\">\nDeep\n</h6>\n<h3 id=\"intro-2\">\nIntro\n</h3>\n")
    }

    /// Every other block tagged, headings shifted, and links kept, re-pointed or unwrapped by address.
    private func expectChangedHTMLMatches(_ markdown: String) {
        let document = MarkdownDocument(markdown: markdown)
        var tags: [Int: String] = [:]
        for block in document.outline.blocks where block.index % 2 == 0 {
            tags[block.index] = "<div class=\"rule-tags\" data-block=\"\(block.index)\">"
        }
        tags[document.outline.blocks.count + 3] = "<div>beyond the last block</div>"
        let links: (String) -> LinkChange = { url in
            if url.contains("x") || url.contains("ref") { return .unlink }
            if url.contains("l") { return .point(to: "../new place/?a=1&b='2'") }
            if url.contains("c") { return .point(to: "javascript:alert(2)") }
            return .keep
        }
        for shift in [0, 1, 3] {
            let expected = CmarkReference.changedHTML(markdown, headings: document.outline.headings, tags: tags,
                                                      headingLevelShift: shift, links: links)
            #expect(document.renderHTML(tags: tags, headingLevelShift: shift, links: links) == expected,
                    "\(markdown.debugDescription) shift \(shift)")
        }
    }
}
