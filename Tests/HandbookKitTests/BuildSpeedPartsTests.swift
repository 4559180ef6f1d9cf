import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
@testable import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport
import Testing

/// The parts made faster for large handbooks give the same answers as the plain versions.
struct ReleaseOfUnchangedTextTests {
    @Test func isReadOnceButPointsAtItsOwnFiles() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let outcome = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                             date: CalendarDate("2024-07-01")!)
        #expect(!outcome.diagnostics.hasErrors)
        let (handbook, diagnostics) = ContentLoader.load(from: fixture.content)
        #expect(diagnostics.isEmpty)
        let entry = try #require(handbook?.policies.first { $0.id == "trips" })
        let release = try #require(entry.releases.first).policy
        let folder = fixture.content + "/policies/trips/versions/1.0/"
        #expect(release.policyPath == folder + "policy.md")
        #expect(release.rulesPath == folder + "rules.yml")
        #expect(release.edition.versionLocation.file == folder + "policy.md")
        let locations = release.rules.flatMap { rule in
            [rule.id.location, rule.quote.location, rule.location, rule.summaryLocation]
                + rule.appliesTo.map(\.location) + rule.acknowledge.map(\.location) + rule.summaries.map(\.location)
        }
        #expect(locations.allSatisfy { $0.file == folder + "rules.yml" })
        // The same values, lines and columns as reading the released files afresh.
        var fresh: [Diagnostic] = []
        let reread = try #require(ContentLoader.loadEdition(id: "trips", folder: fixture.url("content/policies/trips/versions/1.0"),
                                                            shownAs: fixture.content + "/policies/trips/versions/1.0",
                                                            boundary: ContentBoundary(fixture.url("content")),
                                                            diagnostics: &fresh))
        #expect(reread == release)
    }
}

struct SiteLinkCheckerTests {
    func page(_ path: String, _ html: String) -> SiteLinkChecker.PageLinks {
        SiteLinkChecker.PageLinks(path: path, html: Data(html.utf8))
    }

    @Test func readsIdsAndLinksFromTheMarkup() {
        let links = page("a/index.html", ###"<p id="top" class="x"><a href="../b/index.html#end">b</a> <a data-id="no" href="#top">up</a></p>"###)
        #expect(links.ids == ["top"])
        #expect(links.hrefs == ["../b/index.html#end", "#top"])
    }

    @Test func reportsMissingPagesAndAnchorsOnly() {
        let pages = [
            page("a/index.html", ###"<h1 id="top">A</h1><a href="../b/index.html#end">ok</a><a href="../b/#gone">gone</a>"###
                + ###"<a href="#top">ok</a><a href="#nowhere">missing</a><a href="../../x.html">out</a>"###
                + ###"<a href="https://example.org/">web</a><a href="mailto:office@school.org.uk">mail</a><a href="../c/index.html">missing page</a>"###),
            page("b/index.html", ###"<p id="end">B</p><a href="../a/index.html?x=1&amp;y=2">odd</a>"###),
        ]
        let problems = SiteLinkChecker.check(pages, files: ["a/index.html", "b/index.html"], shownAs: "site")
            .map(\.message)
        #expect(problems == [
            "this page links to `../b/#gone`, but b/index.html has no `#gone` on it",
            "this page links to `#nowhere`, but a/index.html has no `#nowhere` on it",
            "this page links to `../../x.html`, which leads outside the site",
            "this page links to `../c/index.html`, which is not in the site",
            "this page links to `../a/index.html?x=1&amp;y=2`, which is not in the site",
        ])
    }

    @Test func saysHowManyMoreBeyondTheFirstTwenty() {
        let html = (1...25).map { ###"<a href="#missing-\###($0)">x</a>"### }.joined()
        let problems = SiteLinkChecker.check([page("index.html", html)], files: ["index.html"], shownAs: "site")
        #expect(problems.count == 21)
        #expect(problems.last?.message == "and 5 more broken links")
    }
}

struct FastTextTests {
    @Test func placesTheRootInEveryPolicyLink() {
        let html = ###"<a href="HANDBOOK-ROOT/policies/a/index.html">a</a> HANDBOOK-ROO <a href="HANDBOOK-ROOT/policies/b/index.html#x">b</a>"###
        #expect(PolicyLink.placingRoot("../../", in: html)
            == ###"<a href="../../policies/a/index.html">a</a> HANDBOOK-ROO <a href="../../policies/b/index.html#x">b</a>"###)
        #expect(PolicyLink.placingRoot("../", in: "no links – just text") == "no links – just text")
        #expect(PolicyLink.placingRoot("../", in: "HANDBOOK-ROOT/") == "../")
    }

    @Test func escapesTheFiveHTMLCharacters() {
        #expect(HTML.escape(###"Tom & Jo's <b>"best"</b> – café"###) == "Tom &amp; Jo&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt; – café")
        #expect(HTML.escape("plain words") == "plain words")
    }

    @Test func findsBytesAnywhereInABlock() {
        let hay = Array("aab aab abc".utf8)
        #expect(QuoteLocator.contains(hay, Array("abc".utf8)))
        #expect(QuoteLocator.contains(hay, Array("aab a".utf8)))
        #expect(!QuoteLocator.contains(hay, Array("abd".utf8)))
        #expect(!QuoteLocator.contains(Array("ab".utf8), Array("abc".utf8)))
        #expect(QuoteLocator.contains(hay, []))
    }

    @Test func normalizesWithoutChangingNonASCIIText() {
        #expect(TextNormalizer.normalize("  The school\u{2019}s\u{00A0}\u{00A0}“rules”\n\tapply – café ") == "The school's \"rules\" apply – café")
    }
}
