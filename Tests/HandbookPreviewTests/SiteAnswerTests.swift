import HandbookKit
@testable import HandbookPreview
import Testing

/// Which file, redirect or page each address gets, from one build.
struct SiteAnswerTests {
    let page = Array("<html><body>home</body></html>".utf8)
    let css = Array("body {}".utf8)

    var good: LiveSite.Snapshot {
        .init(files: ["index.html": page, "staff/index.html": page, "assets/handbook.css": css], lastGood: [:],
              diagnostics: [], build: "b-1")
    }

    @Test func foldersServeTheirIndex() {
        #expect(SiteAnswer(path: "/", in: good) == .file(bytes: page, mediaType: "text/html; charset=utf-8"))
        #expect(SiteAnswer(path: "/staff/", in: good) == .file(bytes: page, mediaType: "text/html; charset=utf-8"))
        #expect(SiteAnswer(path: "/staff", in: good) == .redirect(to: "/staff/"))
        #expect(SiteAnswer(path: "/assets/handbook.css", in: good) == .file(bytes: css, mediaType: "text/css; charset=utf-8"))
        #expect(SiteAnswer(path: "/nowhere/", in: good) == .notFound(path: "/nowhere/"))
    }

    @Test func whileThereAreErrorsEveryPageListsThem() {
        let problem = Diagnostic.error(at: SourceLocation(file: "content/handbook.yml", line: 2, column: 1), "broken")
        let broken = LiveSite.Snapshot(files: [:], lastGood: good.files, diagnostics: [problem], build: "b-2")
        #expect(SiteAnswer(path: "/", in: broken) == .problems([problem]))
        #expect(SiteAnswer(path: "/staff", in: broken) == .problems([problem]))
        #expect(SiteAnswer(path: "/missing/page.html", in: broken) == .problems([problem]))
        #expect(SiteAnswer(path: "/assets/handbook.css", in: broken) == .file(bytes: css, mediaType: "text/css; charset=utf-8"))
        #expect(SiteAnswer(path: "/assets/other.css", in: broken) == .notFound(path: "/assets/other.css"))
    }
}
