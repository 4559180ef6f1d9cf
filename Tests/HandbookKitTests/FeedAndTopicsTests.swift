import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HandbookKit
import HandbookTestSupport
import Testing

/// The Atom feed (only with a public address) and the topics A to Z.
struct FeedAndTopicsTests {
    private func build(_ fixture: Fixture, drafts: Bool = false) async -> [String: [UInt8]] {
        await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                output: fixture.output, drafts: drafts)).files
    }

    @Test func theFeedListsReleasedEditionsNewestFirst() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "title: School policies",
                            with: "title: School policies\nbase-url: https://handbook.example.org/")
        _ = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                   date: try #require(CalendarDate("2024-01-10")))
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        try fixture.replace(in: "content/policies/trips/rules.yml", "Write a risk assessment for every visit.",
                            with: "Write a risk assessment before every visit.")
        _ = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                   date: try #require(CalendarDate("2024-03-01")))
        let feed = String(decoding: try #require(await build(fixture)["feed.xml"]), as: UTF8.self)
        let first = try #require(feed.range(of: "<id>https://handbook.example.org/policies/trips/1.1/</id>"))
        let second = try #require(feed.range(of: "<id>https://handbook.example.org/policies/trips/1.0/</id>"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(feed.contains("<updated>2024-03-01T00:00:00Z</updated>"))
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "feed.xml is not well-formed XML")
    }

    @Test func withoutAPublicAddressThereIsNoFeedAndNoError() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output))
        #expect(built.report.succeeded)
        #expect(built.files["feed.xml"] == nil)
    }

    @Test func topicsListPoliciesByTitleNotTheirHeadingsOrGlossaryWords() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/glossary.yml", """
            - term: consent
              definitions:
                families: Saying yes.
            """)
        let topics = String(decoding: try #require(await build(fixture, drafts: true)["topics/index.html"]), as: UTF8.self)
        #expect(topics.contains("<dt>Educational Visits Policy</dt>\n<dd><span class=\"topic-policy\">Educational Visits Policy"))
        #expect(topics.contains("<a href=\"../policies/trips/index.html\">Full policy</a>"))
        #expect(topics.contains("<h2 id=\"letter-e\">E</h2>"))
        #expect(!topics.contains("<dt>consent</dt>"))
        #expect(!topics.contains("<dt>Children</dt>"))
    }
}
