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

/// Inputs at the edges: odd numbers, accented headings, links in released text, and places
/// named sheets must not go.
struct EdgeCaseTests {
    @Test func aGlossaryErrorStopsTheBuildToo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/glossary.yml", "- term: consent\n  definitions:\n    famlies: Saying yes.\n")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/glossary.yml:3:14: error: the glossary term `consent` has a definition for `famlies`"))
    }

    @Test(arguments: ["-1e30", "nan", "45"])
    func aMaxGradeOutsideZeroToTwentyIsAnError(_ value: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "max-grade: 9", with: "max-grade: \(value)")
        let result = try HandbookRunner.run(["check", "--content", "content"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/handbook.yml:10:16: error: `max-grade` in an audience should be a number from 0 to 20, but it is \(value)"))
    }

    @Test func versionsThatNameTheSameNumberAreRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.01\"")
        let leading = try HandbookRunner.run(["release", "trips", "--content", "content", "--date", "2024-01-01"], in: fixture.root)
        #expect(leading.status == 1)
        #expect(leading.stderr.contains("error: `1.01` is not a version number"))
    }

    @Test func namedSheetsMayNotBeWrittenWhereTheSiteIsMadeFrom() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        for output in ["templates/assets/signed", "content/signed"] {
            let result = try HandbookRunner.run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", output,
                                                 "--content", "content", "--templates", "templates"], in: fixture.root)
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(output): error: the forms folder is inside the"))
            #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/" + output))
        }
    }

    @Test func relativeLinksInPolicyTextWorkInEveryReleasedEdition() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent for each visit in writing.",
                            with: "Families give consent for each visit in writing.\n\nRead the [accessibility statement](../../accessibility/index.html) and [Café rules](#café-rules).\n\n## Café rules\n\nNo food on the coach.")
        #expect(try HandbookRunner.run(["release", "trips", "--content", "content", "--date", "2024-01-01"], in: fixture.root).status == 0)
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try fixture.read("site/policies/trips/index.html").contains("href=\"../../accessibility/index.html\""))
        #expect(try fixture.read("site/policies/trips/1.0/index.html").contains("href=\"../../../accessibility/index.html\""))
        #expect(try fixture.read("site/policies/trips/1.0/index.html").contains("id=\"café-rules\""))
    }
}
