import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The office's usual round is to set the next `version:` and then release. When the only other
/// change is where the policy is filed (category, description, related), the edition would say
/// exactly what the last one says, approved by the same minute: that is nothing to release.
struct PlacementWithNewVersionTests {
    @Test func aNewVersionNumberWithOnlyAPlacementChangeIsNothingToRelease() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml", SampleContent.handbook + """
            categories:
              - id: day-to-day
                name: Day to day

            """)
        let first = try await fixture.release("mobile-phones")
        #expect(first.folder != nil, "\(first.diagnostics.printed)")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true",
                            with: "material: true\ncategory: day-to-day\ndescription: When children may bring a phone.")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")

        let again = try await fixture.release("mobile-phones")
        #expect(again.folder == nil)
        let line = try fixture.line(of: "version: ", in: "content/policies/mobile-phones/policy.md")
        #expect(again.diagnostics.printed.contains(
            "\(fixture.content)/policies/mobile-phones/policy.md:\(line):10: error: nothing to release: `mobile-phones` says the same as edition 2.3, apart from its version number"),
                "\(again.diagnostics.printed)")
        #expect(!FileManager.default.fileExists(atPath: fixture.url("content/policies/mobile-phones/versions/2.4").path))
    }

    /// Before any release is tried, `check` says a raised version alone is nothing to release,
    /// instead of suggesting a release that would be refused.
    @Test func checkSaysARaisedVersionAloneIsNothingToRelease() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = try await fixture.release("mobile-phones")
        #expect(first.folder != nil, "\(first.diagnostics.printed)")
        let policy = "content/policies/mobile-phones/policy.md"
        try fixture.replace(in: policy, "version: \"2.3\"", with: "version: \"2.4\"")
        let checked = await HandbookBuild.check(content: fixture.content)
        let pending = checked.diagnostics.filter { $0.location.file.hasSuffix("mobile-phones/policy.md") && $0.severity == .warning }
        #expect(pending.map(\.message) == ["policy.md says version 2.4, but nothing else has changed since edition 2.3, so there is nothing to release"])
        #expect(pending.first?.location.line == (try fixture.line(of: "version: ", in: policy)))
        #expect(pending.first?.hint == "put back `version: \"2.3\"` until the new edition's changes are written and approved")
    }

    /// A new review date (or any other change to what the edition says) is still released.
    @Test func aNewVersionWithANewReviewDateIsReleased() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = try await fixture.release("mobile-phones")
        #expect(first.folder != nil, "\(first.diagnostics.printed)")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "review-by: 2025-01-08", with: "review-by: 2026-01-08")
        let again = try await fixture.release("mobile-phones")
        #expect(again.folder != nil, "\(again.diagnostics.printed)")
    }
}
