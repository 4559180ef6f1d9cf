import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HandbookKit
import HandbookTestSupport
import Testing

/// Values written by the office reach HTML, the feed and the printed forms as text, never as
/// markup: characters that mean something there are escaped, addresses are checked before they
/// are used, a character a format cannot carry is refused, and policy text is never rewritten.
struct HostileValueTests {
    private static let hostile = #"Tom & Jo's <b>"best"</b> ]]> <!-- x --> &amp;"#

    private func build(_ fixture: Fixture) async -> HandbookBuild.MemoryBuild {
        await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                output: fixture.output))
    }

    private func text(_ build: HandbookBuild.MemoryBuild, _ path: String) throws -> String {
        String(decoding: try #require(build.files[path], "\(path) was not built"), as: UTF8.self)
    }

    /// Quotes, angle brackets, ampersands and `]]>` in every value the feed shows: it is still
    /// well-formed XML, and shows them as text.
    @Test func theFeedStaysWellFormedWithMarkupInEveryValue() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let yaml = "'" + Self.hostile.replacingOccurrences(of: "'", with: "''") + "'"
        try fixture.replace(in: "content/handbook.yml", "school: Harbour Lane Primary School", with: "school: \(yaml)")
        try fixture.replace(in: "content/handbook.yml", "title: School policies",
                            with: "title: \(yaml)\nbase-url: https://handbook.example.org/")
        try fixture.replace(in: "content/policies/trips/policy.md", "title: Educational Visits Policy", with: "title: \(yaml)")
        try fixture.replace(in: "content/policies/trips/policy.md", "---\n\n", with: "changes: \(yaml)\n---\n\n")
        _ = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                   date: try #require(CalendarDate("2024-01-10")))
        let built = await build(fixture)
        #expect(built.report.succeeded, "\(built.report.diagnostics.map(\.message))")
        let feed = try text(built, "feed.xml")
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "feed.xml is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(feed.contains("Tom &amp; Jo&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt; ]]&gt; &lt;!-- x --&gt; &amp;amp;"))
        #expect(!feed.contains("<b>"))
        for (path, bytes) in built.files where path.hasSuffix(".html") {
            let page = String(decoding: bytes, as: UTF8.self)
            #expect(!page.contains("<b>\"best\"</b>"), "\(path) shows the value as markup")
        }
    }

    /// `school: "…\x01…"` was published as a feed no reader could open, with exit status 0.
    @Test func aControlCharacterInTheSchoolStopsTheBuildAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "school: Harbour Lane Primary School",
                            with: #"school: "Harbour Lane\x01 Primary School""#)
        try fixture.replace(in: "content/handbook.yml", "title: School policies",
                            with: "title: School policies\nbase-url: https://handbook.example.org/")
        let built = await build(fixture)
        #expect(!built.report.succeeded)
        #expect(built.files["feed.xml"] == nil)
        let error = try #require(built.report.diagnostics.first)
        #expect(error.message == "this text holds the invisible control character U+0001, which no page, feed or form can show")
        #expect(error.location.file.hasSuffix("content/handbook.yml"))
        #expect(error.location.line == 1)
    }

    /// A `base-url` holding `"` put raw markup into every form's address and QR code label.
    @Test func aBaseURLWithAQuoteStopsTheBuildAndReachesNoPage() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "title: School policies",
                            with: #"title: School policies\#nbase-url: https://handbook.example.org/"><img/src=x/onerror=alert(1)>/"#)
        _ = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                   date: try #require(CalendarDate("2024-01-10")))
        let built = await build(fixture)
        #expect(built.files.isEmpty)
        #expect(built.report.diagnostics.filter { $0.severity == .error }.map(\.message)
            == ["`base-url` holds a quote mark (`\"`), which cannot be part of a web address"])
        #expect(built.report.diagnostics.first?.location.line == 3)
    }

    /// Policy text that happens to hold what looks like an internal address is published as
    /// written, while its links to other policies still get each page's way to the site root.
    @Test func policyTextIsNeverRewrittenOnItsWayToThePage() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent for each visit in writing.",
                            with: "Families give consent for each visit in writing. Files live in HANDBOOK-ROOT/policies/trips/ and `HANDBOOK-ROOT/` on the server. See the [phones policy](../mobile-phones/).")
        // Both released: a link to a policy never released is published as plain words.
        for policy in ["trips", "mobile-phones"] {
            _ = await Releaser.release(policy: policy, version: nil, content: fixture.content,
                                       date: try #require(CalendarDate("2024-01-10")))
        }
        let built = await build(fixture)
        #expect(built.report.succeeded, "\(built.report.diagnostics.map(\.message))")
        for (path, root) in [("policies/trips/index.html", "../../"), ("policies/trips/1.0/index.html", "../../../")] {
            let page = try text(built, path)
            #expect(page.contains("Files live in HANDBOOK-ROOT/policies/trips/ and <code>HANDBOOK-ROOT/</code> on the server."), "\(path)")
            #expect(page.contains("<a href=\"\(root)policies/mobile-phones/index.html\">phones policy</a>"), "\(path)")
        }
    }

    /// `handbook diff` against the current text names it in its first line, and leaves the
    /// policy's own words alone, even where they read like that line.
    @Test func aDiffAgainstTheCurrentTextPrintsThePolicyWordsAsWritten() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let policy = "content/policies/trips/policy.md"
        try fixture.replace(in: policy, "Every visit is planned with a written risk assessment.",
                            with: "Every visit is planned with a written risk assessment. Prices rise from 1.0 to 1.1")
        _ = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                   date: try #require(CalendarDate("2024-01-10")))
        try fixture.replace(in: policy, "version: \"1.0\"", with: "version: \"1.1\"")
        try fixture.replace(in: policy, "Every visit", with: "Each visit")
        try fixture.replace(in: policy, "Families give", with: "Parents give")
        let diff = EditionDiff.run(policy: "trips", from: nil, to: nil, content: fixture.content)
        let text = try #require(diff.text)
        #expect(text.hasPrefix("Changes from edition 1.0 to the current text (1.1, not released)\n"))
        #expect(text.contains("[-Every-] {+Each+} visit is planned with a written risk assessment. Prices rise from 1.0 to 1.1\n"))
    }
}
