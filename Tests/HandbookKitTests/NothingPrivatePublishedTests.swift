import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Every way a private file could reach the published site, each refused where it would be
/// written or read, with the folder it would have landed in named.
struct NothingPrivatePublishedTests {
    private let today = CalendarDate("2026-11-30") ?? CalendarDate.today()

    /// A project laid out as the office has it: content/ and its own templates/ side by side, a
    /// released mobile-phones 2.3, and a register for Jo Bloggs, signed, in returns.csv.
    private func project() async throws -> Fixture {
        let fixture = try Fixture()
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        #expect(await Releaser.release(policy: "mobile-phones", version: nil, content: fixture.content,
                                       date: try #require(CalendarDate("2026-07-01"))).diagnostics.isEmpty)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        let made = await fixture.forms("mobile-phones", roster: "staff.csv", output: "out", templates: fixture.path("templates"))
        #expect(made.diagnostics.isEmpty)
        try fixture.write("returns.csv", try fixture.read("out/register-mobile-phones-2.3.csv")
            .replacingOccurrences(of: ",\r\n", with: ",01/09/2026\r\n"))
        return fixture
    }

    private func importReturns(_ fixture: Fixture, records: String) async throws -> RecordsDesk.ImportOutcome {
        await RecordsDesk.importRegister(fixture.path("returns.csv"), place: RecordsDesk.Place(content: fixture.content, records: records),
                                         today: try #require(today))
    }

    @Test func recordsInsideTheTemplatesBesideContentAreRefused() async throws {
        let fixture = try await project()
        defer { fixture.remove() }
        let records = fixture.path("templates/assets/rec")
        let outcome = try await importReturns(fixture, records: records)
        let problem = try #require(outcome.diagnostics.first)
        #expect(outcome.summary == nil)
        #expect(problem.location == SourceLocation(file: records))
        #expect(problem.message == "the records folder \(records) is inside the templates folder \(fixture.path("templates")), whose files can end up in the published site")
        #expect(problem.hint == "choose a folder outside content/, templates/ and the site, such as --records records (beside content/)")
        #expect(!FileManager.default.fileExists(atPath: records))
        #expect(await fixture.build(templates: fixture.path("templates")).succeeded)
    }

    @Test func recordsReachedThroughALinkIntoTemplatesAreRefused() async throws {
        let fixture = try await project()
        defer { fixture.remove() }
        try FileManager.default.createSymbolicLink(atPath: fixture.path("recs"), withDestinationPath: fixture.path("templates/assets"))
        let outcome = try await importReturns(fixture, records: fixture.path("recs/rec"))
        #expect(outcome.diagnostics.first?.message == "the records folder \(fixture.path("recs/rec")) is inside the templates folder \(fixture.path("templates")) (a symbolic link leads it to \(fixture.path("templates/assets/rec"))), whose files can end up in the published site")
        #expect(!FileManager.default.fileExists(atPath: fixture.path("templates/assets/rec")))
    }

    @Test func aRecordsFileLinkedIntoTemplatesIsRefused() async throws {
        let fixture = try await project()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.path("records"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: fixture.path("records/records.sqlite"),
                                                   withDestinationPath: fixture.path("templates/assets/names.sqlite"))
        let outcome = try await importReturns(fixture, records: fixture.path("records"))
        let problem = try #require(outcome.diagnostics.first)
        #expect(problem.location == SourceLocation(file: fixture.path("records/records.sqlite")))
        #expect(problem.message == "the records folder \(fixture.path("records/records.sqlite")) is inside the templates folder \(fixture.path("templates")) (a symbolic link leads it to \(fixture.path("templates/assets/names.sqlite"))), whose files can end up in the published site")
        #expect(!FileManager.default.fileExists(atPath: fixture.path("templates/assets/names.sqlite")))
    }

    @Test func recordsInTheSiteFolderBesideContentAreRefusedBeforeAnyBuild() async throws {
        let fixture = try await project()
        defer { fixture.remove() }
        let outcome = try await importReturns(fixture, records: fixture.path("site/rec"))
        #expect(outcome.diagnostics.first?.message == "the records folder \(fixture.path("site/rec")) is inside the published site \(fixture.output), and names must never be published")
        #expect(outcome.diagnostics.first?.hint == "choose a folder outside the site, such as --records records (beside content/)")
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }

    /// The export guards the templates beside --content, not a templates/ in the folder the
    /// command happens to run in (here, the repository's).
    @Test func theExportGuardsTheTemplatesBesideContentWhereverItRuns() async throws {
        let fixture = try await project()
        defer { fixture.remove() }
        #expect(try await importReturns(fixture, records: fixture.path("records")).summary != nil)
        let output = fixture.path("templates/assets/export.csv")
        let export = RecordsDesk.export(place: RecordsDesk.Place(content: fixture.content, records: fixture.path("records")), output: output)
        #expect(export.written == nil)
        #expect(export.diagnostics.first?.location == SourceLocation(file: output))
        #expect(export.diagnostics.first?.message == "the export \(output) is inside the templates folder \(fixture.path("templates")), whose files can end up in the published site")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// `forms --templates elsewhere` still may not write into the templates beside content/.
    @Test func formsGuardTheTemplatesBesideContentAsWellAsTheirOwn() async throws {
        let fixture = try await project()
        defer { fixture.remove() }
        let result = await fixture.forms("mobile-phones", roster: "staff.csv", output: "templates/assets/signed")
        #expect(result.diagnostics.first?.message == "the forms folder \(fixture.path("templates/assets/signed")) is inside the templates folder \(fixture.path("templates")), whose files can end up in the published site")
        #expect(!FileManager.default.fileExists(atPath: fixture.path("templates/assets/signed")))
    }

    /// `forms --outstanding --templates T` reads the records, which may not be inside T either.
    @Test func outstandingFormsRefuseRecordsInsideTheirOwnTemplates() async throws {
        let fixture = try await project()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("school-look"))
        let records = "school-look/assets/rec"
        let result = await fixture.forms("mobile-phones", roster: nil, output: "out-2", outstanding: true, records: records,
                                         templates: fixture.path("school-look"))
        #expect(result.diagnostics.first?.location == SourceLocation(file: fixture.path(records)))
        #expect(result.diagnostics.first?.message == "the records folder \(fixture.path(records)) is inside the templates folder \(fixture.path("school-look")), whose files can end up in the published site")
    }

    @Test func anAssetLinkedOutsideTheTemplatesIsNeitherBuiltNorServed() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        try fixture.write("private/staff.csv", "name,role\nJo Bloggs,Teacher\n")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("templates/assets/staff.csv"),
                                                   withDestinationPath: fixture.path("private/staff.csv"))
        try FileManager.default.createSymbolicLink(atPath: fixture.path("templates/assets/private"),
                                                   withDestinationPath: fixture.path("private"))
        let expected = """
            \(fixture.path("templates/assets/private")): error: this asset is a link to a place outside the templates folder, so it is not published
                hint: copy the file into the templates folder instead of linking to it
            """
        let built = await fixture.build(templates: fixture.path("templates"))
        #expect(!built.succeeded)
        #expect(built.diagnostics.printed.contains(expected), "\(built.diagnostics.printed)")
        #expect(built.diagnostics.printed.contains("\(fixture.path("templates/assets/staff.csv")): error: this asset is a link to a place outside the templates folder"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
        // `handbook serve` builds the same way, into memory.
        let served = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: fixture.path("templates")))
        #expect(served.files.isEmpty)
        #expect(served.report.diagnostics.printed.contains(expected))
    }

    @Test func anAssetLinkedWithinTheTemplatesIsPublished() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        try FileManager.default.createSymbolicLink(atPath: fixture.path("templates/assets/copy.css"),
                                                   withDestinationPath: fixture.path("templates/assets/handbook.css"))
        #expect(await fixture.build(templates: fixture.path("templates")).succeeded)
        #expect(try fixture.read("site/assets/copy.css") == (try fixture.read("templates/assets/handbook.css")))
    }

    /// Everything in site/ is this build's: draft pages and an asset removed from templates/ go
    /// with the next build, as does what older versions kept inside the site.
    @Test func theSiteHoldsOnlyWhatThisBuildWrote() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        try fixture.write("templates/assets/old-note.txt", "a file the office has since removed")
        #expect(await fixture.build(templates: fixture.path("templates"), drafts: true).succeeded)
        try fixture.write("site/.handbook/previous/assets/old-note.txt", "an older version's copy")
        try FileManager.default.removeItem(atPath: fixture.path("templates/assets/old-note.txt"))
        let built = await fixture.build(templates: fixture.path("templates"))
        #expect(built.succeeded)
        #expect(Set(snapshotTree(fixture.output).keys) == built.files)
        #expect(!FileManager.default.fileExists(atPath: fixture.path("site/assets/old-note.txt")))
        #expect(!FileManager.default.fileExists(atPath: fixture.path("site/.handbook")))
    }
}
