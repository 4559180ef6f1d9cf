import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import HandbookKit
import HandbookModel
import HandbookTestSupport
import Testing

/// Talking to Pagefind's service: every way it can fail ends in a plain reason, never a hang,
/// and a build whose index cannot be made leaves the previous site as it was.
struct PagefindServiceTests {
    private func program(_ script: String, in fixture: Fixture) throws -> String {
        try StandInProgram.write(script, in: fixture)
    }

    private func failure(_ service: PagefindService) -> String? {
        do {
            _ = try service.start().finish()
            return nil
        } catch {
            return error.detail
        }
    }

    @Test func aProgramThatCannotBeStartedIsNamed() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let missing = fixture.url("no-such-pagefind").path
        #expect(failure(PagefindService(binary: missing)) == "\(missing) could not be started")
    }

    @Test func aServiceThatStopsBeforeTheIndexIsMadeIsSaidSo() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        #expect(failure(PagefindService(binary: try program("exit 3", in: fixture)))
            == "Pagefind stopped before the index was made")
    }

    @Test func theServicesOwnErrorIsPassedOnInItsWords() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let reply = Data(#"{"message_id":0,"payload":{"type":"Error","message":"Invalid config supplied"}}"#.utf8)
        let script = "printf '%s,' '\(reply.base64EncodedString())'; exec cat >/dev/null"
        let said = failure(PagefindService(binary: try program(script, in: fixture)))
        #expect(said == "Pagefind said: Invalid config supplied", "\(said ?? "nil")")
    }

    @Test func aReplyThatIsNotBase64IsRefused() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let script = "printf 'not a reply,'; exec cat >/dev/null"
        #expect(failure(PagefindService(binary: try program(script, in: fixture)))
            == "Pagefind sent a reply that could not be read")
    }

    @Test func aServiceThatFallsSilentIsStoppedOnceThePatienceRunsOut() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let service = PagefindService(binary: try program("exec sleep 60", in: fixture), patience: 200)
        #expect(failure(service) == "Pagefind stopped answering for 0 seconds and was stopped")
    }

    @Test func aBuildWhoseIndexCannotBeMadeStopsAndKeepsThePreviousSite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var options = HandbookBuild.Options(content: fixture.content, templates: Repository.templates, output: fixture.output)
        options.pagefind = .absent
        #expect(await HandbookBuild.build(options).succeeded)
        let before = snapshotTree(fixture.output)

        options.pagefind = .program(try program("exit 3", in: fixture))
        let result = await HandbookBuild.build(options)
        #expect(!result.succeeded)
        #expect(result.diagnostics.printed.contains("""
            \(fixture.output): error: the search index could not be made: Pagefind stopped before the index was made
                hint: build again; if it keeps happening, install it with `python3 -m pip install 'pagefind[bin]'` and build again
            """), "\(result.diagnostics.printed)")
        #expect(snapshotTree(fixture.output) == before)
    }
}

/// What goes to Pagefind, and how each page names its language.
struct SearchPageTests {
    @Test func englishOfAnyRegionIsIndexedAsEnglish() {
        #expect(SearchPage.withIndexLanguage(#"<!doctype html><html lang="en-GB"><p>x"#) == #"<!doctype html><html lang="en"><p>x"#)
        #expect(SearchPage.withIndexLanguage(#"<HTML class="a" LANG="EN-us">"#) == #"<HTML class="a" LANG="en">"#)
        #expect(SearchPage.withIndexLanguage(#"<html lang="EN">"#) == #"<html lang="en">"#)
    }

    @Test func otherLanguagesAndOtherAttributesAreLeftAlone() {
        for page in [#"<html lang="pl">"#, #"<html lang="ur" dir="rtl">"#, #"<html data-lang="en-GB" lang="cy">"#,
                     #"<htmlx lang="en-GB">"#, #"<p lang="en-GB">no html tag</p>"#, "", "<html"] {
            #expect(SearchPage.withIndexLanguage(page) == page, "\(page)")
        }
    }

    @Test func onlyTheFirstHtmlTagCounts() {
        #expect(SearchPage.withIndexLanguage(#"<html lang="en-GB"><pre><html lang="en-GB"></pre>"#)
            == #"<html lang="en"><pre><html lang="en-GB"></pre>"#)
    }

    @Test func aPageWithoutTheMarkHasItsWholeBodyMarked() {
        func marked(_ page: String) -> String {
            String(decoding: SearchPage.withBodyMarked(Array(page.utf8)), as: UTF8.self)
        }
        #expect(marked(#"<html><body class="page"><p>Phones</p></body>"#) == #"<html><body data-pagefind-body class="page"><p>Phones</p></body>"#)
        #expect(marked("<HTML><BODY><p>Phones") == "<HTML><BODY data-pagefind-body><p>Phones")
        for page in [#"<body><main data-pagefind-body><p>Phones</main>"#, "<p>no body tag</p>", "<bodyguard>", "<body", ""] {
            #expect(marked(page) == page, "\(page)")
        }
    }

    @Test func pagesGoInCodePointOrder() {
        #expect(SearchPage.inOrder(["staff/b.html", "parents/a.html", "Z.html", "é.html", "index.html"])
            == ["Z.html", "index.html", "parents/a.html", "staff/b.html", "é.html"])
    }
}
