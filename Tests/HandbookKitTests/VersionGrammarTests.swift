import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// One version grammar wherever a version is read, with hints that name a valid next number.
struct VersionGrammarTests {
    @Test func aFrontMatterVersionOutsideTheGrammarIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: v2")
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        let line = try fixture.line(of: "version: v2", in: "content/policies/trips/policy.md")
        #expect(errors.map(\.message) == ["`v2` is not a version number"])
        #expect(errors.first?.location == SourceLocation(file: fixture.content + "/policies/trips/policy.md", line: line, column: 10))
        #expect(errors.first?.hint == "write the version as two whole numbers with a dot between them, such as `1.0` or `2.10`, in quotes: `version: \"2.0\"`")
    }

    @Test func aVersionFolderOutsideTheGrammarIsNamed() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.content + "/policies/trips/versions/1.0.1",
                                                withIntermediateDirectories: true)
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["`1.0.1` is not a version number, so it cannot be a released edition"])
        #expect(errors.first?.location == SourceLocation(file: fixture.content + "/policies/trips/versions/1.0.1"))
    }

    @Test func theHintAfterOnePointTenIsOnePointEleven() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.10\"")
        let released = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                              date: try #require(CalendarDate("2024-01-10")))
        #expect(!released.diagnostics.hasErrors)
        try fixture.replace(in: "content/policies/trips/rules.yml", "Write a risk assessment for every visit.",
                            with: "Write a risk assessment before every visit.")
        let warnings = await HandbookBuild.check(content: fixture.content).diagnostics
            .filter { $0.code == "unreleased" && $0.location.file.hasSuffix("trips/policy.md") }
        #expect(warnings.first?.hint?.contains("set `version: \"1.11\"`") == true, "\(warnings)")
        let again = await Releaser.release(policy: "trips", version: "1.1", content: fixture.content,
                                           date: try #require(CalendarDate("2024-02-10")))
        #expect(again.diagnostics.last?.message == "policy.md says `version: \"1.10\"`, but you asked to release 1.1")
        let refused = await Releaser.release(policy: "trips", version: "1.01", content: fixture.content,
                                             date: try #require(CalendarDate("2024-02-10")))
        #expect(refused.diagnostics.last?.message == "`1.01` is not a version number")
        #expect(refused.diagnostics.last?.hint == "write the version as two whole numbers with a dot between them, such as `1.0` or `2.10`, such as `1.1`")
    }
}
