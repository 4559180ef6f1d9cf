import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Every way `forms` and `records` refuse, with the message, the file and the line they name.
struct FormsDiagnosticsTests {
    private func forms(_ fixture: Fixture, roster: String? = "staff.csv", output: String = "out", audience: String = "staff",
                       band: String? = nil, outstanding: Bool = false) async -> [Diagnostic] {
        await SignOffPack.make(.init(policy: "mobile-phones", roster: roster.map { fixture.root.path + "/" + $0 },
                                     output: fixture.root.path + "/" + output, content: fixture.content,
                                     templates: Repository.templates, audience: audience, band: band, outstanding: outstanding,
                                     records: fixture.root.path + "/records")).diagnostics
    }

    private func only(_ diagnostics: [Diagnostic]) throws -> Diagnostic {
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return try #require(diagnostics.first)
    }

    @Test func anUnknownAudienceOrBandNamesHandbookYmlAndTheNearestId() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        try fixture.write("class.csv", "name,class\nPip Quill,4C\n")
        let handbook = fixture.content + "/handbook.yml"
        let childrenLine = try fixture.line(of: "- id: children", in: "content/handbook.yml")

        let audience = try only(await forms(fixture, audience: "staf"))
        #expect(audience.location.file == handbook)
        #expect(audience.message == "`staf` is not an audience in handbook.yml")
        #expect(audience.hint == "did you mean `staff`? the audiences are `staff`, `families`, `children`")

        let noBand = try only(await forms(fixture, roster: "class.csv", audience: "children"))
        #expect(noBand.location.file == handbook && noBand.location.line == childrenLine)
        #expect(noBand.message == "`children` sign agreements for their band, so say which band")
        #expect(noBand.hint?.hasPrefix("add --band key-stage-1 or --band key-stage-2") == true)

        let band = try only(await forms(fixture, roster: "class.csv", audience: "children", band: "key-stage2"))
        #expect(band.location.file == handbook && band.location.line == childrenLine)
        #expect(band.message == "`key-stage2` is not a band of `children` in handbook.yml")
        #expect(band.hint?.hasPrefix("did you mean `key-stage-2`?") == true)

        let staffBand = try only(await forms(fixture, band: "key-stage-2"))
        #expect(staffBand.message == "`staff` has no bands in handbook.yml, so --band key-stage-2 does not apply")

        let families = try only(await forms(fixture, audience: "families"))
        #expect(families.location.file.hasSuffix("content/policies/mobile-phones/rules.yml"))
        #expect(families.message == "no rule of the Mobile Phones Policy asks `families` to sign")
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/out"))
    }

    @Test func aClassListNeedsItsClassColumn() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("class.csv", "name,role\nPip Quill,4C\n")
        let header = try only(await forms(fixture, roster: "class.csv", audience: "children", band: "key-stage-1"))
        #expect(header.location == SourceLocation(file: fixture.root.path + "/class.csv", line: 1))
        #expect(header.message == "the roster's first line must name the columns `name` and `class`")
        try fixture.write("class.csv", "name,class\nPip Quill,4C\nRo Stone\n")
        let row = try only(await forms(fixture, roster: "class.csv", audience: "children", band: "key-stage-1"))
        #expect(row.location.line == 3 && row.message == "Ro Stone has no class")
    }

    @Test func sheetsNeedARosterOrTheRecords() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let none = try only(await forms(fixture, roster: nil))
        #expect(none.location.file == fixture.root.path + "/out" && none.message == "say who the sheets are for")
        let noRecords = try only(await forms(fixture, roster: nil, outstanding: true))
        #expect(noRecords.location.file == fixture.root.path + "/records")
        #expect(noRecords.message == "there are no records here yet")
        #expect(noRecords.hint?.contains("handbook records import") == true)
    }

    @Test func linksCannotCarryTheFormsIntoTheSiteOrContent() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        #expect(await fixture.build(drafts: true).succeeded)
        try FileManager.default.createSymbolicLink(atPath: fixture.root.path + "/to-site", withDestinationPath: fixture.output + "/forms")
        try FileManager.default.createSymbolicLink(atPath: fixture.root.path + "/to-content", withDestinationPath: fixture.content)
        let site = try only(await forms(fixture, output: "to-site/named"))
        #expect(site.location.file == fixture.root.path + "/to-site/named")
        #expect(site.message == "the forms folder \(fixture.root.path)/to-site/named is inside the published site \(fixture.output) (a symbolic link leads it to \(fixture.output)/forms/named), and names must never be published")
        let content = try only(await forms(fixture, output: "to-content/signed"))
        #expect(content.message == "the forms folder \(fixture.root.path)/to-content/signed is inside the content folder \(fixture.content) (a symbolic link leads it to \(fixture.content)/signed), whose files can end up in the published site")
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/forms/named"))
        #expect(!FileManager.default.fileExists(atPath: fixture.content + "/signed"))
    }

    @Test func aRegisterThatCannotBeReadIsLeftAloneAndNothingIsWritten() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        try fixture.write("out/register-mobile-phones-2.3.csv", "who,when\r\nJo,01/09/2026\r\n")
        let problem = try only(await forms(fixture))
        #expect(problem.location == SourceLocation(file: fixture.root.path + "/out/register-mobile-phones-2.3.csv", line: 1))
        #expect(problem.message == "the register's first line has no `name`, `audience`, `policy`, `version`, `fingerprint`, `signed` column")
        #expect(problem.hint?.hasSuffix("the register already in the folder was left as it is: correct it, or move it away to start a new one") == true)
        #expect(try fixture.read("out/register-mobile-phones-2.3.csv") == "who,when\r\nJo,01/09/2026\r\n")
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/out/mobile-phones-2.3-staff-sign-off.html"))
    }
}

struct RecordsDeskDiagnosticsTests {
    private func place(_ fixture: Fixture, records: String = "records") -> RecordsDesk.Place {
        RecordsDesk.Place(content: fixture.content, records: fixture.root.path + "/" + records)
    }

    private let today = CalendarDate("2026-11-30") ?? CalendarDate.today()

    /// A released mobile-phones 2.3 and its register for Jo Bloggs, signed.
    private func released(_ fixture: Fixture) async throws -> String {
        #expect(await Releaser.release(policy: "mobile-phones", version: nil, content: fixture.content,
                                       date: try #require(CalendarDate("2026-07-01"))).diagnostics.isEmpty)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        let made = await SignOffPack.make(.init(policy: "mobile-phones", roster: fixture.root.path + "/staff.csv",
                                                output: fixture.root.path + "/out", content: fixture.content,
                                                templates: Repository.templates))
        #expect(made.diagnostics.isEmpty)
        return try fixture.read("out/register-mobile-phones-2.3.csv").replacingOccurrences(of: ",\r\n", with: ",01/09/2026\r\n")
    }

    @Test func aRegisterWithABadRowImportsNothing() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let good = try await released(fixture)
        let bad = good + "Sam Lee,Governor,staff,mobile-phones,2.3,0123456789abcdef,02/09/2026\r\n"
        try fixture.write("returns.csv", bad)
        let path = fixture.root.path + "/returns.csv"
        let outcome = await RecordsDesk.importRegister(path, place: place(fixture), today: try #require(today))
        #expect(outcome.summary == nil)
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.location == SourceLocation(file: path, line: 3))
        #expect(outcome.diagnostics.first?.message.hasPrefix("the fingerprint `0123456789abcdef` is not that of Mobile Phones Policy version 2.3") == true)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/records"), "nothing imported, no store made")
    }

    @Test func aMissingEmptyOrNonUTF8RegisterIsNamed() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let day = try #require(today)
        let missing = await RecordsDesk.importRegister(fixture.root.path + "/nope.csv", place: place(fixture), today: day)
        #expect(missing.diagnostics.first?.location == SourceLocation(file: fixture.root.path + "/nope.csv"))
        #expect(missing.diagnostics.first?.message == "file not found")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0xE9, 0x0D, 0x0A]).write(to: fixture.url("latin.csv"))
        let latin = await RecordsDesk.importRegister(fixture.root.path + "/latin.csv", place: place(fixture), today: day)
        #expect(latin.diagnostics.first?.location == SourceLocation(file: fixture.root.path + "/latin.csv", line: 1))
        #expect(latin.diagnostics.first?.message == "this register is not saved as UTF-8 text")
        #expect(latin.diagnostics.first?.hint?.contains("CSV UTF-8") == true)
        try fixture.write("empty.csv", "name,role,audience,policy,version,fingerprint,signed\r\n\r\n")
        let empty = await RecordsDesk.importRegister(fixture.root.path + "/empty.csv", place: place(fixture), today: day)
        #expect(empty.diagnostics.first?.location == SourceLocation(file: fixture.root.path + "/empty.csv", line: 1))
        #expect(empty.diagnostics.first?.message == "the register lists nobody")
    }

    @Test func theRecordsAreRefusedInsideContentOrTheSiteEvenThroughALink() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("returns.csv", try await released(fixture))
        try FileManager.default.createSymbolicLink(atPath: fixture.root.path + "/c", withDestinationPath: fixture.content)
        let inside = await RecordsDesk.importRegister(fixture.root.path + "/returns.csv", place: place(fixture, records: "c/records"),
                                                      today: try #require(today))
        #expect(inside.diagnostics.first?.location == SourceLocation(file: fixture.root.path + "/c/records"))
        #expect(inside.diagnostics.first?.message == "the records folder \(fixture.root.path)/c/records is inside the content folder \(fixture.content) (a symbolic link leads it to \(fixture.content)/records), whose files can end up in the published site")
        #expect(!FileManager.default.fileExists(atPath: fixture.content + "/records"))
        #expect(await fixture.build().succeeded)
        let site = await RecordsDesk.importRegister(fixture.root.path + "/returns.csv", place: place(fixture, records: "site/records"),
                                                    today: try #require(today))
        #expect(site.diagnostics.first?.message == "the records folder \(fixture.root.path)/site/records is inside the published site \(fixture.output), and names must never be published")
        let export = RecordsDesk.export(place: place(fixture), output: fixture.content + "/export.csv", templates: Repository.templates)
        #expect(export.diagnostics.first?.location == SourceLocation(file: fixture.content + "/export.csv"))
        #expect(export.diagnostics.first?.message == "the export \(fixture.content)/export.csv is inside the content folder \(fixture.content), whose files can end up in the published site")
    }

    @Test func statusForgetAndExportSayWhatIsWrong() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let records = fixture.root.path + "/records"
        #expect(RecordsDesk.forget(name: "Jo", leftBefore: nil, today: Fixture.today, confirmed: true, place: place(fixture)).diagnostics.first?.message == "there are no records here yet")
        #expect(RecordsDesk.export(place: place(fixture), output: nil).diagnostics.first?.location == SourceLocation(file: records))
        try fixture.write("returns.csv", try await released(fixture))
        let imported = await RecordsDesk.importRegister(fixture.root.path + "/returns.csv", place: place(fixture), today: try #require(today))
        #expect(imported.summary?.signaturesAdded == 1)

        let status = await RecordsDesk.status(policy: "mobile-phone", place: place(fixture))
        #expect(status.diagnostics.first?.location == SourceLocation(file: fixture.content + "/policies"))
        #expect(status.diagnostics.first?.message == "there is no policy `mobile-phone`")
        #expect(status.diagnostics.first?.hint?.hasPrefix("did you mean `mobile-phones`?") == true)

        let typo = RecordsDesk.forget(name: "Jo Blogs", leftBefore: nil, today: Fixture.today, confirmed: true, place: place(fixture))
        #expect(typo.diagnostics.first?.location == SourceLocation(file: records + "/records.sqlite"))
        #expect(typo.diagnostics.first?.message == "nobody called `Jo Blogs` is in the records")
        #expect(typo.diagnostics.first?.hint?.hasPrefix("did you mean `Jo Bloggs`?") == true)
        #expect(RecordsDesk.forget(name: " ", leftBefore: nil, today: Fixture.today, confirmed: true, place: place(fixture)).diagnostics.first?.message == "say whom to forget")

        let csv = try #require(RecordsDesk.export(place: place(fixture), output: nil).csv)
        #expect(csv.hasPrefix("name,role or class,audience,last seen,policy,edition,fingerprint,signed,imported from,line\r\nJo Bloggs,Teacher,staff,2026-11-30,mobile-phones,2.3,"))
        #expect(csv.hasSuffix(",2026-09-01,\(fixture.root.path)/returns.csv,2\r\n"))
        #expect(RecordsDesk.forget(name: nil, leftBefore: CalendarDate("2026-12-01"), today: try #require(CalendarDate("2026-12-01")), confirmed: true, place: place(fixture)).forgotten.map(\.name) == ["Jo Bloggs"])
    }
}
