import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Office-written content can never put script into the site or files outside it.
struct SafetyTests {
    /// Every page, with the scripts the site ships itself (the search page's and the governors'
    /// list's, each from its own file) taken out: nothing from content may add another.
    private func allHTML(_ fixture: Fixture) -> String {
        snapshotTree(fixture.output).filter { $0.key.hasSuffix(".html") }
            .map { String(decoding: $0.value, as: UTF8.self) }.joined(separator: "\n")
            .replacingOccurrences(of: "<script src=\"../assets/search.js\" defer></script>", with: "")
            .replacingOccurrences(of: "<script src=\"../assets/reviews.js\" data-overdue=\"overdue\" defer></script>", with: "")
    }

    @Test func scriptTagsInPolicyTextAreDroppedWithAWarning() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned",
                            with: "<script>alert('x')</script>\n\nEvery visit <img src=x onerror=alert(1)> is planned")
        let result = await fixture.build()
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        let line = try fixture.line(of: "<script>", in: "content/policies/trips/policy.md")
        let imageLine = try fixture.line(of: "<img", in: "content/policies/trips/policy.md")
        #expect(result.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md:\(line): warning: raw HTML is not published: `<script>alert('x')</script>`"))
        #expect(result.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md:\(imageLine): warning: raw HTML is not published: `<img src=x onerror=alert(1)>`"))
        let html = allHTML(fixture)
        #expect(!html.contains("<script") && !html.contains("onerror"))
    }

    @Test func javascriptLinksAreDroppedWithAWarning() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent for each visit in writing.",
                            with: "Families give consent for each visit in writing. [Form](javascript:alert(1)) and [other](JAVASCRIPT:void(0))")
        let result = await fixture.build()
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        let line = try fixture.line(of: "[Form]", in: "content/policies/trips/policy.md")
        #expect(result.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md:\(line): warning: the link address `javascript:alert(1)` is not published"))
        #expect(result.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md:\(line): warning: the link address `JAVASCRIPT:void(0)` is not published"))
        #expect(!allHTML(fixture).lowercased().contains("javascript:"))
    }

    @Test func hostileTitlesAndSummariesAreEscaped() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "title: Educational Visits Policy",
                            with: "title: \"<script>alert(1)</script> Visits \\\"quoted\\\" & more\"")
        try fixture.replace(in: "content/handbook.yml", "school: Harbour Lane Primary School",
                            with: "school: \"Harbour <b onmouseover=alert(1)>Lane</b>\"")
        try fixture.replace(in: "content/policies/trips/rules.yml", "staff: Write a risk assessment for every visit.",
                            with: "staff: \"</p><script>alert(2)</script>\"")
        let result = await fixture.build(drafts: true)
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        let html = allHTML(fixture)
        #expect(!html.contains("<script") && !html.contains("<b onmouseover"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Visits &quot;quoted&quot; &amp; more"))
        #expect(html.contains("&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"))
    }

    @Test func pathsThatClimbOutOfTheirFolderAreRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let release = try await fixture.release("trips", version: "../../../escaped", date: "2024-01-01")
        #expect(release.diagnostics.hasErrors && release.folder == nil)
        #expect(release.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md:3:10: error: `../../../escaped` is not a version number"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/escaped"))

        try FileManager.default.createDirectory(at: fixture.url("content/policies/trips/versions/..1.0"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: fixture.url("content/policies/trips/versions/1.0 copy"),
                                                withIntermediateDirectories: true)
        let build = await fixture.build()
        #expect(!build.succeeded)
        #expect(build.diagnostics.printed.contains("\(fixture.content)/policies/trips/versions/1.0 copy: error: `1.0 copy` is not a version number, so it cannot be a released edition"))
    }

    @Test func symbolicLinksLeadingOutsideTheContentAreNotRead() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("outside/secret.md", SampleContent.tripsPolicy.replacingOccurrences(of: "Every visit", with: "SECRET visit"))
        try FileManager.default.removeItem(at: fixture.url("content/policies/trips/policy.md"))
        try FileManager.default.createSymbolicLink(at: fixture.url("content/policies/trips/policy.md"),
                                                   withDestinationURL: fixture.url("outside/secret.md"))
        let result = await fixture.build()
        #expect(!result.succeeded)
        #expect(result.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md: error: this file is a link to a place outside the content folder, so it is not read"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }
}
