import Foundation
@testable import HandbookChecks
import HandbookModel
import HandbookTestSupport
import Testing

/// Reading the content: what cannot be read or does not follow its format is coded by the step
/// that reads it. The reader's own messages are tested with HandbookContent; these tests are
/// about the registry's steps.
struct FileCheckTests {
    @Test func soundFilesGiveNoFindings() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var found: [Diagnostic] = []
        let folder = CheckRegistry.handbookFiles.open(fixture.content, diagnostics: &found)
        #expect(found.isEmpty)
        let opened = try #require(folder)
        #expect(opened.policyFolders == ["mobile-phones", "trips"])
        for policy in opened.policyFolders {
            var problems: [Diagnostic] = []
            let entry = CheckRegistry.policyFiles.load(policy, in: opened, diagnostics: &problems)
            #expect(entry?.id == policy)
            #expect(problems.isEmpty)
        }
    }

    @Test func aMissingContentFolderIsNamed() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        var found: [Diagnostic] = []
        let folder = CheckRegistry.handbookFiles.open(fixture.content, diagnostics: &found)
        #expect(folder == nil)
        expect(found, [.error(at: SourceLocation(file: fixture.content), "content folder not found",
                                 hint: "run the command from the folder that holds `content/`, or pass --content PATH",
                                 code: "handbook-files")])
    }

    @Test(arguments: ["-1e30", "nan", "45"])
    func aMaxGradeOutsideZeroToTwentyIsAnError(_ value: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "max-grade: 9", with: "max-grade: \(value)")
        var found: [Diagnostic] = []
        _ = CheckRegistry.handbookFiles.open(fixture.content, diagnostics: &found)
        expect(found, [.error(at: SourceLocation(file: fixture.file("content/handbook.yml"), line: 10, column: 16),
                                 "`max-grade` in an audience should be a number from 0 to 20, but it is \(value)",
                                 hint: "write it like `max-grade: 8`", code: "handbook-files")])
    }

    @Test func aMissingRulesFileIsNamed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(at: fixture.url("content/policies/trips/rules.yml"))
        var opening: [Diagnostic] = []
        let folder = CheckRegistry.handbookFiles.open(fixture.content, diagnostics: &opening)
        #expect(opening.isEmpty)
        var found: [Diagnostic] = []
        let entry = CheckRegistry.policyFiles.load("trips", in: try #require(folder), diagnostics: &found)
        let path = fixture.content + "/policies/trips/rules.yml"
        #expect(entry == nil)
        expect(found, [.error(at: SourceLocation(file: path), "file not found",
                                 hint: "create \(path), or pass the right folder with --content", code: "policy-files")])
    }
}
