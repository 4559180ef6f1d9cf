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

/// The remaining error paths, each with the message and the place it names.
struct MoreErrorTests {
    @Test func aMissingOrBrokenTemplateIsNamed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        try FileManager.default.removeItem(at: fixture.url("templates/pupils.mustache"))
        try fixture.replace(in: "templates/policy.mustache", "{{/hasContents}}", with: "{{/contents}}")
        let result = try HandbookRunner.run(["build", "--content", "content", "--templates", "templates"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("templates/pupils.mustache: error: the page template `pupils.mustache` is missing"))
        let lines = try fixture.read("templates/policy.mustache").components(separatedBy: "\n")
        let line = (lines.lastIndex(of: "{{/contents}}") ?? 0) + 1
        #expect(result.stderr.contains("templates/policy.mustache:\(line):"))
        #expect(result.stderr.contains("error: template syntax error: a section is closed with a different name than it was opened with"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("site", "not a folder")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 1)
        #expect(result.stderr.contains("site: error: the output path is a file, not a folder"))
        #expect(try fixture.read("site") == "not a folder")
    }

    @Test func diffWithOneEditionSaysThereIsNothingToCompare() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = try HandbookRunner.run(["diff", "trips", "--content", "content"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/policies/trips/policy.md: error: `trips` has only one edition, so there is nothing to compare"))
        let unknown = try HandbookRunner.run(["diff", "trip", "--content", "content"], in: fixture.root)
        #expect(unknown.stderr.contains("content/policies: error: there is no policy `trip`"))
        #expect(unknown.stderr.contains("did you mean `trips`?"))
    }

    @Test func anEmptyRosterIsNamed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\n\n")
        let result = try HandbookRunner.run(["forms", "trips", "--roster", "staff.csv", "--output", "out", "--content", "content",
                                             "--templates", Repository.templates], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("staff.csv:1: error: the roster lists nobody"))
        try fixture.write("staff.csv", "")
        let empty = try HandbookRunner.run(["forms", "trips", "--roster", "staff.csv", "--output", "out", "--content", "content",
                                            "--templates", Repository.templates], in: fixture.root)
        #expect(empty.stderr.contains("staff.csv:1: error: the roster is empty"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/out"))
    }
}
