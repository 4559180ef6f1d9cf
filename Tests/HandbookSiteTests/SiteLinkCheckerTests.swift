import Foundation
import HandbookChecks
import HandbookMarkdown
import HandbookModel
import HandbookSite
import Testing

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

    @Test func resolvesRelativeLinksAsABrowserWould() {
        #expect(SiteLinkChecker.resolve("../../policies/x/index.html", from: "staff/p/index.html") == "policies/x/index.html")
        #expect(SiteLinkChecker.resolve("../../../x.html", from: "a/b/index.html") == nil)
        #expect(SiteLinkChecker.resolve("./", from: "index.html") == "index.html")
        #expect(SiteLinkChecker.resolve("..", from: "a/index.html") == "index.html")
        #expect(SiteLinkChecker.resolve("../", from: "a/b/index.html") == "a/index.html")
        #expect(SiteLinkChecker.resolve("b/", from: "a/index.html") == "a/b/index.html")
        #expect(SiteLinkChecker.resolve("x//./y", from: "a//b/index.html") == "a/b/x/y")
        #expect(SiteLinkChecker.resolve("/top.html", from: "a/index.html") == "a/top.html")
        #expect(SiteLinkChecker.resolve("é/ü.html", from: "ß/index.html") == "ß/é/ü.html")
    }

    @Test func manyPagesAreCheckedSideBySideAndReportedInPageOrder() {
        let pages = (0..<1000).map { number in
            let gone = number % 500 == 0 ? ###"<a href="../gone\###(number)/index.html">gone</a>"### : ""
            return page("p\(number)/index.html", ###"<a href="../p\###(number + 1)/index.html">next</a>"### + gone)
        }
        let files = Set((0..<1000).map { "p\($0)/index.html" })
        let problems = SiteLinkChecker.check(pages.reversed(), files: files, shownAs: "site")
        #expect(problems.map(\.message) == [
            "this page links to `../gone0/index.html`, which is not in the site",
            "this page links to `../gone500/index.html`, which is not in the site",
            "this page links to `../p1000/index.html`, which is not in the site",
        ])
    }

    @Test func aLinkToTheRootIsResolvedAgainFromADeeperPage() {
        let pages = [
            page("a/index.html", ###"<a href="../x/index.html">x</a>"###),
            page("b/index.html", ###"<a href="../x/index.html">x</a>"###),
            page("b/c/index.html", ###"<a href="../x/index.html">x</a><a href="../../x/index.html">x</a>"###),
            page("x/index.html", ""),
        ]
        let problems = SiteLinkChecker.check(pages, files: Set(pages.map(\.path)), shownAs: "site")
        #expect(problems.map(\.message) == ["this page links to `../x/index.html`, which is not in the site"])
        #expect(problems.map(\.location.file) == ["site/b/c/index.html"])
    }

    @Test func aLinkThatClimbsPastTheRootFromAShallowerPageLeadsOutside() {
        let pages = [
            page("a/b/c/index.html", ###"<a href="../../../x/index.html">x</a>"###),
            page("a/index.html", ###"<a href="../../../x/index.html">x</a>"###),
            page("x/index.html", ""),
        ]
        let problems = SiteLinkChecker.check(pages, files: Set(pages.map(\.path)), shownAs: "site")
        #expect(problems.map(\.message) == ["this page links to `../../../x/index.html`, which leads outside the site"])
        #expect(problems.map(\.location.file) == ["site/a/index.html"])
    }
}
