import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// A released edition is shown exactly as it was released, or the build stops and says which
/// edition, which file and which line. No hint ever asks the office to write a record by hand.
struct ReleasedEditionRecordTests {
    /// The sample content with `trips` released as 1.0, then changed and released as 1.1.
    private func releasedTwice() async throws -> Fixture {
        let fixture = try Fixture()
        let first = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                           date: try #require(CalendarDate("2024-01-10")))
        #expect(!first.diagnostics.hasErrors, "\(first.diagnostics)")
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        try fixture.replace(in: "content/policies/trips/rules.yml", "Write a risk assessment for every visit.",
                            with: "Write a risk assessment before every visit.")
        let second = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                            date: try #require(CalendarDate("2024-03-01")))
        #expect(!second.diagnostics.hasErrors, "\(second.diagnostics)")
        return fixture
    }

    private func errors(_ fixture: Fixture) async -> [Diagnostic] {
        await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
    }

    private func edition(_ fixture: Fixture, _ version: String) -> String {
        "\(fixture.content)/policies/trips/versions/\(version)"
    }

    @Test func aReleaseIsSealedAndChecksClean() async throws {
        let fixture = try await releasedTwice()
        defer { fixture.remove() }
        #expect(try fixture.read("content/policies/trips/versions/1.1/edition.yml").contains("\nrecord: "))
        #expect(await errors(fixture).isEmpty)
    }

    @Test func aMissingRecordNamesTheEdition() async throws {
        let fixture = try await releasedTwice()
        defer { fixture.remove() }
        try FileManager.default.removeItem(atPath: edition(fixture, "1.0") + "/edition.yml")
        let found = await errors(fixture)
        #expect(found.map(\.message) == ["released edition 1.0 of `trips` has no edition.yml, so it cannot be shown"])
        #expect(found.first?.location == SourceLocation(file: edition(fixture, "1.0")))
        #expect(found.first?.hint?.contains("never by hand") == true)
        #expect(found.first?.hint?.contains("create") == false)
    }

    @Test func anEmptyRecordIsAnErrorNotAnUnpublishedEdition() async throws {
        let fixture = try await releasedTwice()
        defer { fixture.remove() }
        try "".write(toFile: edition(fixture, "1.0") + "/edition.yml", atomically: true, encoding: .utf8)
        let found = await errors(fixture)
        #expect(found.map(\.message) == ["the record of this released edition is empty, so the edition cannot be shown"])
        #expect(found.first?.location == SourceLocation(file: edition(fixture, "1.0") + "/edition.yml", line: 1))
    }

    @Test func aRecordThatIsAFolderSaysSo() async throws {
        let fixture = try await releasedTwice()
        defer { fixture.remove() }
        try FileManager.default.removeItem(atPath: edition(fixture, "1.0") + "/edition.yml")
        try FileManager.default.createDirectory(atPath: edition(fixture, "1.0") + "/edition.yml", withIntermediateDirectories: false)
        let found = await errors(fixture)
        #expect(found.map(\.message) == ["this is a folder, but a file was expected here"])
        #expect(found.first?.location.file == edition(fixture, "1.0") + "/edition.yml")
    }

    @Test func anEditedReleaseDateIsCaught() async throws {
        let fixture = try await releasedTwice()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/versions/1.1/edition.yml", "released: 2024-03-01",
                            with: "released: 2024-02-01")
        let found = await errors(fixture)
        #expect(found.map(\.message) == ["edition.yml of released edition 1.1 was changed after it was released"])
        #expect(found.first?.location.file == edition(fixture, "1.1") + "/edition.yml")
    }

    @Test func aRecordForAnotherVersionIsCaughtAtItsLine() async throws {
        let fixture = try await releasedTwice()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/versions/1.1/edition.yml", "version: \"1.1\"",
                            with: "version: \"1.2\"")
        let found = await errors(fixture)
        let line = try fixture.line(of: "version: \"1.2\"", in: "content/policies/trips/versions/1.1/edition.yml")
        let mismatch = found.first { $0.message == "edition.yml says this is edition 1.2, but its folder is versions/1.1" }
        #expect(mismatch?.location == SourceLocation(file: edition(fixture, "1.1") + "/edition.yml", line: line, column: 10))
        // The edit also breaks the record's seal.
        #expect(found.count == 2)
    }

    @Test func aCopiedReleaseFolderIsCaught() async throws {
        let fixture = try await releasedTwice()
        defer { fixture.remove() }
        try FileManager.default.copyItem(atPath: edition(fixture, "1.1"), toPath: edition(fixture, "1.2"))
        let found = await errors(fixture)
        #expect(found.map(\.message).contains("edition.yml says this is edition 1.1, but its folder is versions/1.2"))
        #expect(found.allSatisfy { $0.hint?.contains("never by hand") == true })
    }

    @Test func releaseDatesCannotGoBackwards() async throws {
        let fixture = try await releasedTwice()
        defer { fixture.remove() }
        // Re-release 1.1 with an earlier date than 1.0, sealed as the tool would seal it.
        let path = "content/policies/trips/versions/1.1/edition.yml"
        let record = try fixture.read(path)
        let lines = record.components(separatedBy: "\n").filter { !$0.hasPrefix("record:") }
        let edited = lines.joined(separator: "\n").replacingOccurrences(of: "released: 2024-03-01", with: "released: 2023-12-01")
        try fixture.write(path, edited)
        let found = await errors(fixture)
        #expect(found.map(\.message) == ["edition 1.1 says it was released on 1 December 2023, before edition 1.0 (10 January 2024)"])
        #expect(found.first?.location.line == (try fixture.line(of: "released: 2023-12-01", in: path)))
    }
}
