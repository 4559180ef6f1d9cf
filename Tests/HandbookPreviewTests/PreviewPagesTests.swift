import HandbookKit
import HandbookPreview
import Testing

/// The error page lists every diagnostic with its place, severity, message and hint, all escaped.
struct PreviewPagesTests {
    @Test func listsEachDiagnosticWithItsPlace() throws {
        let pages = try PreviewPages.bundled()
        let page = pages.errors([
            .error(at: SourceLocation(file: "content/policies/trips/rules.yml", line: 14, column: 3),
                   "unknown key `applies_to` in rule `consent`", hint: "did you mean `applies-to`?"),
            .warning(at: SourceLocation(file: "content/handbook.yml"), "no kind"),
        ])
        #expect(page.contains("content/policies/trips/rules.yml:14:3"))
        #expect(page.contains("<strong>error</strong>: unknown key `applies_to` in rule `consent`"))
        #expect(page.contains("hint: did you mean `applies-to`?"))
        #expect(page.contains("content/handbook.yml</span>: <strong>warning</strong>: no kind"))
        #expect(page.components(separatedBy: "<li ").count == 3)
    }

    @Test func listsErrorsBeforeWarnings() throws {
        let page = try PreviewPages.bundled().errors([
            .warning(at: SourceLocation(file: "content/handbook.yml", line: 3), "a warning first in the file order"),
            .error(at: SourceLocation(file: "content/policies/trips/rules.yml", line: 14, column: 3), "the error"),
        ])
        let error = try #require(page.range(of: "content/policies/trips/rules.yml:14:3"))
        let warning = try #require(page.range(of: "content/handbook.yml:3"))
        #expect(error.lowerBound < warning.lowerBound)
    }

    @Test func escapesEverythingTheContentWrote() throws {
        let pages = try PreviewPages.bundled()
        let page = pages.errors([
            .error(at: SourceLocation(file: "content/<b>.yml", line: 1, column: 1),
                   "the quote \"<script>alert('x')</script>\" & more", hint: "use <em>this</em>"),
        ])
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<em>"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.contains("&quot;"))
        #expect(page.contains("&amp; more"))
        #expect(page.contains("content/&lt;b&gt;.yml:1:1"))
        #expect(page.contains("use &lt;em&gt;this&lt;/em&gt;"))
    }

    @Test func theNotFoundPageEscapesTheAddress() throws {
        let page = try PreviewPages.bundled().notFound(path: "/<img src=x>")
        #expect(page.contains("&lt;img src=x&gt;"))
        #expect(!page.contains("<img"))
    }
}

/// The preview's own templates are checked against the data they are given, like the site's.
struct PreviewTemplateNameTests {
    @Test func aMisspeltFieldInTheErrorPageIsRefusedWithItsLine() throws {
        do throws(PreviewError) {
            _ = try PreviewPages(errorPage: "<ul>\n{{#diagnostics}}<li>{{mesage}}</li>{{/diagnostics}}\n</ul>", notFound: "{{path}}")
            Issue.record("an error page with a misspelt field was accepted")
        } catch {
            guard case .brokenResource(let file, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == "error-page.mustache")
            #expect(reason == "line 2: `mesage` is not a field it is given")
        }
    }
}
