import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport
import Testing

/// Office-written content can never put script into the site or files outside it.
struct SafetyTests {
    /// Every page, with the one script the site ships itself (the search page's, from its own
    /// file) taken out: nothing from content may add another.
    private func allHTML(_ fixture: Fixture) -> String {
        snapshotTree(fixture.output).filter { $0.key.hasSuffix(".html") }
            .map { String(decoding: $0.value, as: UTF8.self) }.joined(separator: "\n")
            .replacingOccurrences(of: "<script type=\"module\" src=\"../assets/search.js\"></script>", with: "")
    }

    @Test func scriptTagsInPolicyTextAreDroppedWithAWarning() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned",
                            with: "<script>alert('x')</script>\n\nEvery visit <img src=x onerror=alert(1)> is planned")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try fixture.line(of: "<script>", in: "content/policies/trips/policy.md")
        #expect(result.stderr.contains("content/policies/trips/policy.md:\(line): warning: raw HTML is not published: `<script>alert('x')</script>`"))
        #expect(result.stderr.contains("warning: raw HTML is not published: `<img src=x onerror=alert(1)>`"))
        let html = allHTML(fixture)
        #expect(!html.contains("<script") && !html.contains("onerror"))
    }

    @Test func javascriptLinksAreDroppedWithAWarning() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent for each visit in writing.",
                            with: "Families give consent for each visit in writing. [Form](javascript:alert(1)) and [other](JAVASCRIPT:void(0))")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try fixture.line(of: "[Form]", in: "content/policies/trips/policy.md")
        #expect(result.stderr.contains("content/policies/trips/policy.md:\(line): warning: the link address `javascript:alert(1)` is not published"))
        #expect(result.stderr.contains("`JAVASCRIPT:void(0)`"))
        #expect(!allHTML(fixture).lowercased().contains("javascript:"))
    }

    @Test func hostileTitlesAndSummariesAreEscaped() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "title: Educational Visits Policy",
                            with: "title: \"<script>alert(1)</script> Visits \\\"quoted\\\" & more\"")
        try fixture.replace(in: "content/handbook.yml", "school: Harbour Lane Primary School",
                            with: "school: \"Harbour <b onmouseover=alert(1)>Lane</b>\"")
        try fixture.replace(in: "content/policies/trips/rules.yml", "staff: Write a risk assessment for every visit.",
                            with: "staff: \"</p><script>alert(2)</script>\"")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        let html = allHTML(fixture)
        #expect(!html.contains("<script") && !html.contains("<b onmouseover"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Visits &quot;quoted&quot; &amp; more"))
        #expect(html.contains("&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"))
    }

    @Test func pathsThatClimbOutOfTheirFolderAreRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let release = try HandbookRunner.run(["release", "trips", "--version", "../../../escaped", "--content", "content",
                                              "--date", "2024-01-01"], in: fixture.root)
        #expect(release.status == 1)
        #expect(release.stderr.contains("error: `../../../escaped` is not a version number"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/escaped"))

        try FileManager.default.createDirectory(at: fixture.url("content/policies/trips/versions/..1.0"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: fixture.url("content/policies/trips/versions/1.0 copy"),
                                                withIntermediateDirectories: true)
        let build = try HandbookRunner.build(fixture)
        #expect(build.status == 1)
        #expect(build.stderr.contains("content/policies/trips/versions/1.0 copy: error: `1.0 copy` is not a version number, so it cannot be a released edition"))
    }

    @Test func symbolicLinksLeadingOutsideTheContentAreNotRead() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("outside/secret.md", SampleContent.tripsPolicy.replacingOccurrences(of: "Every visit", with: "SECRET visit"))
        try FileManager.default.removeItem(at: fixture.url("content/policies/trips/policy.md"))
        try FileManager.default.createSymbolicLink(at: fixture.url("content/policies/trips/policy.md"),
                                                   withDestinationURL: fixture.url("outside/secret.md"))
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/policies/trips/policy.md: error: this file is a link to a place outside the content folder, so it is not read"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }
}
