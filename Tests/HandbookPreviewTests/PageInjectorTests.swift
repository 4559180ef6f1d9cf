import HandbookPreview
import Testing

/// The reload script and the policy allowance it needs are added to HTML as it is served, and to nothing else.
struct PageInjectorTests {
    let injector = PageInjector(build: "abc-3")
    let page = """
        <!DOCTYPE html>
        <html><head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
        </head><body><p>Text</p></body></html>
        """

    @Test func addsTheScriptBeforeTheEndOfTheBody() {
        let served = injector.inject(into: page)
        #expect(served.contains("<p>Text</p><script src=\"/_handbook/reload.js\" data-build=\"abc-3\"></script></body>"))
    }

    @Test func allowsOnlyItsOwnOriginToRunScriptsAndConnect() {
        let served = injector.inject(into: page)
        #expect(served.contains("content=\"default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; "
                                + "form-action 'none'; script-src 'self'; connect-src 'self'\""))
        #expect(!served.contains("unsafe"))
    }

    @Test func widensExistingDirectivesInsteadOfRepeatingThem() {
        #expect(PageInjector.widened("default-src 'none'; script-src 'none'; connect-src https://example.org")
                == "default-src 'none'; script-src 'self'; connect-src https://example.org 'self'")
        #expect(PageInjector.widened("script-src 'self'") == "script-src 'self'; connect-src 'self'")
    }

    @Test func leavesEverythingButHTMLAlone() {
        let css = Array("body { color: red } /* </body> <meta http-equiv=\"Content-Security-Policy\" content=\"x\"> */".utf8)
        #expect(injector.inject(into: css, mediaType: "text/css; charset=utf-8") == css)
        let xml = Array("<feed></feed>".utf8)
        #expect(injector.inject(into: xml, mediaType: "application/xml") == xml)
        let html = injector.inject(into: Array(page.utf8), mediaType: "text/html; charset=utf-8")
        #expect(String(decoding: html, as: UTF8.self) == injector.inject(into: page))
    }

    @Test func aPageWithoutABodyStillGetsTheScript() {
        #expect(injector.inject(into: "<p>bare</p>").hasSuffix("<p>bare</p><script src=\"/_handbook/reload.js\" data-build=\"abc-3\"></script>"))
    }
}
