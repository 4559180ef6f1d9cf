import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Words a reader sees on the pages around the rules: the rule names in the full text, the page a
/// host shows for a wrong address, and the edition line every reader page prints.
struct ReaderPageWordsTests {
    @Test func theFullTextNamesEachRuleByItsTitleNotItsId() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "- id: switch-off\n",
                            with: "- id: switch-off\n  title: Phones off\n")
        let built = await fixture.build(drafts: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let page = try fixture.read("site/policies/mobile-phones/index.html")
        #expect(page.contains("<a class=\"rule-name\" href=\"#rule-switch-off\">Phones off</a>"))
        // Without a title the id is read as words.
        #expect(page.contains(">Hand in at gate</a>"))
        #expect(!page.contains(">switch-off<") && !page.contains(">hand-in-at-gate<") && !page.contains("Rule <a"))
    }

    @Test func contentsOfAPolicyThatNumbersItsOwnSectionsShowsNoSecondNumber() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let unnumbered = await fixture.build(drafts: true)
        #expect(unnumbered.succeeded, "\(unnumbered.diagnostics.printed)")
        #expect(try fixture.read("site/policies/mobile-phones/index.html").contains("<h2 id=\"contents\">Contents</h2>\n<ol>"))

        let policy = "content/policies/mobile-phones/policy.md"
        try fixture.replace(in: policy, "# Mobile Phones Policy\n\n## Children\n", with: "## 1. Children\n")
        try fixture.write(policy, try fixture.read(policy).replacingOccurrences(of: "## Staff\n", with: "## 2. Staff\n"))
        let numbered = await fixture.build(drafts: true)
        #expect(numbered.succeeded, "\(numbered.diagnostics.printed)")
        let page = try fixture.read("site/policies/mobile-phones/index.html")
        #expect(page.contains("<ol class=\"own-numbers\">\n<li><a href="))
        #expect(page.contains("\">1. Children</a></li>"), "\(page)")
    }

    @Test func theFrontPageGivesNoReadersStaffNoteAboutAnEdition() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(await Releaser.release(policy: "mobile-phones", version: nil, content: fixture.content,
                                       date: try #require(CalendarDate("2026-07-01"))).folder != nil)
        let built = await fixture.build()
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let front = try fixture.read("site/index.html")
        #expect(front.contains("What’s new"))
        #expect(!front.contains("Phones are now collected at the gate."))
        #expect(try fixture.read("site/staff/index.html").contains("Phones are now collected at the gate."))
    }

    @Test func theNotFoundPageLinksFromTheHostsRootWithoutAPublicAddress() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let built = await fixture.build(drafts: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let page = try fixture.read("site/404.html")
        #expect(page.contains("<h1>Page not found</h1>"))
        #expect(page.contains("href=\"/assets/handbook.css\""))
        #expect(page.contains("href=\"/index.html\"") && page.contains("href=\"/policies/index.html\""))
        #expect(!page.contains("href=\"index.html\"") && !page.contains("href=\"assets/"))
    }

    @Test func theNotFoundPageLinksFromThePublicAddressWhenThereIsOne() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml",
                          try fixture.read("content/handbook.yml") + "base-url: https://school.example/handbook/\n")
        let built = await fixture.build(drafts: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let page = try fixture.read("site/404.html")
        #expect(page.contains("href=\"https://school.example/handbook/assets/handbook.css\""))
        #expect(page.contains("href=\"https://school.example/handbook/topics/index.html\""))
        #expect(page.contains("href=\"https://school.example/handbook/index.html\""))
    }

    @Test func everyReaderPageCarriesTheEditionLineForPrint() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let built = await fixture.build(drafts: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        for page in ["policies/mobile-phones/", "staff/mobile-phones/", "families/mobile-phones/",
                     "children/key-stage-1/mobile-phones/"] {
            let html = try fixture.read("site/" + page + "index.html")
            #expect(html.contains("<div class=\"reader-running\">"), "\(page)")
            #expect(html.contains("<strong>Harbour Lane Primary School</strong> · Mobile Phones Policy · Edition 2.3"), "\(page)")
            #expect(html.contains("in force from 8 January 2024"), "\(page)")
            #expect(html.contains("This page is \(page) in the handbook"), "\(page)")
        }
    }

    /// Links, fields and buttons share one focus style, a dark ring inside a yellow one, not the
    /// browser's faint default on fields and buttons.
    @Test func everyControlSharesOneStrongFocusRing() throws {
        let css = try String(contentsOfFile: Repository.templates + "/assets/handbook.css", encoding: .utf8)
        let rule = try #require(css.range(of: "\n:focus-visible {").map { css[$0.upperBound...].prefix { $0 != "}" } })
        #expect(rule.contains("outline: 3px solid var(--ink)"))
        #expect(rule.contains("box-shadow: 0 0 0 6px var(--focus)"))
        #expect(!css.contains("outline: none;\n") || css.components(separatedBy: "outline: none").count == 2,
                "only main, which is not a control, goes without an outline")
    }
}
