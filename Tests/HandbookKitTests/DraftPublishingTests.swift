import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// A policy never approved must not reach parents and pupils: a plain build publishes released
/// editions only, and a draft build marks every draft wherever it is listed.
struct DraftPublishingTests {
    /// The sample with categories, a public address for the feed, the two policies filed in one
    /// category and related to each other, and only the phones policy released.
    private func phonesReleasedTripsNot() async throws -> Fixture {
        let fixture = try Fixture()
        try fixture.write("content/handbook.yml", SampleContent.handbook + """
            base-url: https://school.example/handbook/
            categories:
              - id: day-to-day
                name: Day to day

            """)
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true",
                            with: "material: true\ncategory: day-to-day\nrelated: [trips]")
        try fixture.replace(in: "content/policies/trips/policy.md", "approved-by: Full Governing Body",
                            with: "approved-by: Full Governing Body\ncategory: day-to-day\nrelated: [mobile-phones]")
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned",
                            with: "## Planning a visit\n\nEvery visit is planned")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "A second section with the same heading keeps its own anchor.",
                            with: "A second section with the same heading keeps its own anchor.\n\nOn visits, see the [visits policy](trips).")
        let released = try await fixture.release("mobile-phones")
        #expect(released.folder != nil, "\(released.diagnostics.printed)")
        return fixture
    }

    private static let listingPages = ["index.html", "policies/index.html", "topics/index.html", "staff/index.html",
                                       "families/index.html", "children/key-stage-1/index.html",
                                       "children/key-stage-2/index.html", "feed.xml",
                                       "staff/mobile-phones/index.html", "families/mobile-phones/index.html",
                                       "policies/mobile-phones/index.html"]

    @Test func aPlainBuildPublishesNothingOfAPolicyNeverReleasedAndSaysSo() async throws {
        let fixture = try await phonesReleasedTripsNot()
        defer { fixture.remove() }
        let built = await fixture.build()
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        #expect(built.diagnostics.printed.contains(
            "\(fixture.content)/policies/trips/policy.md:1: warning: `trips` has no released edition yet, so it is not published; `build --drafts` and `serve --drafts` show it marked as a draft\n    hint: when it is approved, run `handbook release trips --version 1.0`"),
                "\(built.diagnostics.printed)")
        let files = snapshotTree(fixture.output).keys
        #expect(!files.contains { $0.contains("trips") }, "\(files.filter { $0.contains("trips") })")
        #expect(files.contains("policies/mobile-phones/index.html"))
        for page in Self.listingPages {
            let html = try fixture.read("site/" + page)
            #expect(!html.contains("Educational Visits Policy") && !html.contains("trips/"), "\(page) lists the policy never released")
            #expect(!html.contains("(draft)"), "\(page)")
        }
        // The link to it from released text is kept as words until it is released.
        let phones = try fixture.read("site/policies/mobile-phones/index.html")
        #expect(phones.contains("On visits, see the visits policy."), "\(phones)")
    }

    @Test func aDraftBuildPublishesItMarkedAsADraftWhereverItIsListed() async throws {
        let fixture = try await phonesReleasedTripsNot()
        defer { fixture.remove() }
        let built = await fixture.build(drafts: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        #expect(try fixture.read("site/policies/trips/index.html").contains("banner--draft"))
        let mark = "Educational Visits Policy</a> <span class=\"draft-mark\">(draft)</span>"
        // Topics A to Z names the policy once and links each reader's page of it.
        #expect(try fixture.read("site/topics/index.html").contains("Educational Visits Policy <span class=\"draft-mark\">(draft)</span>:</span>"))
        for page in ["staff/index.html", "families/index.html", "staff/mobile-phones/index.html",
                     "families/mobile-phones/index.html"] {
            let html = try fixture.read("site/" + page)
            #expect(html.contains(mark), "\(page) lists the draft without marking it")
            #expect(!html.contains("Mobile Phones Policy</a> <span class=\"draft-mark\">"), "\(page) marks a released policy")
        }
        #expect(try fixture.read("site/policies/index.html").contains("<span class=\"cell-label\">Version: </span>1.0 (draft)</td>"))
        // The front page and the feed list releases, and this has none.
        #expect(try !fixture.read("site/index.html").contains("Educational Visits Policy"))
        #expect(try !fixture.read("site/feed.xml").contains("Educational Visits Policy"))
        let phones = try fixture.read("site/policies/mobile-phones/index.html")
        #expect(phones.contains("On visits, see the <a href=\"../../policies/trips/index.html\">visits policy</a>."), "\(phones)")
    }

    @Test func thePreviewShowsItOnlyWithDrafts() async throws {
        let fixture = try await phonesReleasedTripsNot()
        defer { fixture.remove() }
        let plain = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates))
        #expect(plain.report.succeeded, "\(plain.report.diagnostics.printed)")
        #expect(plain.files["policies/mobile-phones/index.html"] != nil)
        #expect(!plain.files.keys.contains { $0.contains("trips") })
        let drafts = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates, drafts: true))
        #expect(drafts.report.succeeded, "\(drafts.report.diagnostics.printed)")
        #expect(drafts.files["policies/trips/index.html"] != nil)
    }
}
