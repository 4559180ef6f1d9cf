import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// A summary allowed above its reading level is never hidden: the governors' list names it.
struct ReadabilityExceptionListTests {
    @Test func theGovernorsListShowsEachExceptionWithItsReaderAndReason() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let rules = "content/policies/mobile-phones/rules.yml"
        try fixture.replace(in: rules, "      key-stage-2: I will turn my phone off before I hand it in.\n",
                            with: "      key-stage-2: I will turn my phone off before I hand it in.\n  readability-exception:\n    children:\n      key-stage-1: The words on the phone box are the office's own.\n")
        let result = await fixture.build(drafts: true)
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        let page = try fixture.read("site/policies/index.html")
        #expect(page.contains("<h2 id=\"readability-exceptions\">Summaries above their reading level</h2>"))
        #expect(page.contains("<td><span class=\"cell-label\">Rule: </span><a href=\"../policies/mobile-phones/index.html#rule-switch-off\">Switch off</a></td><td><span class=\"cell-label\">For: </span>Children: Key Stage 1</td><td><span class=\"cell-label\">Reason: </span>The words on the phone box are the office&#39;s own.</td>"),
                "\(page)")
    }

    @Test func withoutExceptionsTheListHasNoSuchSection() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(await fixture.build().succeeded)
        #expect(!(try fixture.read("site/policies/index.html")).contains("readability-exceptions"))
    }
}
