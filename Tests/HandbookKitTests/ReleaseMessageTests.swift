import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// What `handbook release` prints when it refuses: the errors, then "fix the errors above",
/// then the warnings.
struct ReleaseMessageTests {
    @Test func fixTheErrorsAboveComesAfterTheErrorsAndBeforeTheWarnings() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "kind: info", with: "kind: mustnt")
        try fixture.write("content/policies/trips/policy.md", SampleContent.tripsPolicy + "\nSee <b>the map</b>.\n")
        let kindLine = try fixture.line(of: "kind: mustnt", in: "content/policies/mobile-phones/rules.yml")
        let htmlLine = try fixture.line(of: "See <b>", in: "content/policies/trips/policy.md")

        let refused = try await fixture.release("mobile-phones")
        let printed = refused.diagnostics.printed
        #expect(refused.folder == nil)
        let error = try #require(printed.range(of: "\(fixture.content)/policies/mobile-phones/rules.yml:\(kindLine):9: error: `mustnt` is not a kind of rule"))
        let closing = try #require(printed.range(of: "\(fixture.content): error: nothing was released because the content has an error\n    hint: fix the error above, then run the release again"))
        let warning = try #require(printed.range(of: "\(fixture.content)/policies/trips/policy.md:"))
        #expect(printed[warning.lowerBound...].hasPrefix("\(fixture.content)/policies/trips/policy.md:\(htmlLine):"))
        #expect(error.lowerBound < closing.lowerBound)
        #expect(closing.lowerBound < warning.lowerBound)
        #expect(refused.diagnostics.map(\.severity).prefix(2) == [.error, .error])
        #expect(refused.diagnostics[1].message == "nothing was released because the content has an error")
        #expect(refused.diagnostics.dropFirst(2).allSatisfy { $0.severity == .warning })
    }

    @Test func severalErrorsAreFixedAbove() {
        let errors = [Diagnostic.error(at: SourceLocation(file: "content/b.yml", line: 1), "one"),
                      Diagnostic.error(at: SourceLocation(file: "content/c.yml", line: 2), "two")]
        let closing = Releaser.closingRefusal(errors, content: "content")
        #expect(closing.last?.message == "nothing was released because the content has errors")
        #expect(closing.last?.hint == "fix the errors above, then run the release again")
    }
}
