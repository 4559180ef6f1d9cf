import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Two pupils both called Amy Smith, in different classes and bands, through every command that
/// names people: each has her own sheet, row, record, status line and forgetting.
struct RecordsIdentityTests {
    @Test func twoPupilsOfOneNameAreTwoPeopleFromFormsToForgetting() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("class-2a.csv", "name,class\nAmy Smith,2A\n")
        try fixture.write("class-5c.csv", "name,class\nAmy Smith,5C\nBen Ray,5C\n")
        for (roster, band) in [("class-2a.csv", "key-stage-1"), ("class-5c.csv", "key-stage-2")] {
            let made = await fixture.forms("mobile-phones", roster: roster, output: "out", audience: "children", band: band)
            #expect(made.diagnostics.isEmpty, "\(made.diagnostics.printed)")
        }
        let register = try fixture.read("out/register-mobile-phones-2.3.csv")
        #expect(register.components(separatedBy: "\r\n").filter { $0.hasPrefix("Amy Smith,") }.count == 2)
        // The Amy of 2A and Ben return their sheets; the Amy of 5C has not.
        try fixture.write("out/register-mobile-phones-2.3.csv", RecordsRoundTests.fillIn(register) { $0 == 2 ? nil : "01/09/2026" })
        let imported = try await fixture.importRegister("out/register-mobile-phones-2.3.csv")
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.printed)")
        #expect(imported.summary?.peopleAdded == 3 && imported.summary?.signaturesAdded == 2)

        let status = await RecordsDesk.status(policy: "mobile-phones", place: fixture.records)
        #expect(RecordsDesk.text(status.report) == """
            Mobile Phones Policy (mobile-phones), edition 2.3: 2 signed, 1 still to sign
              still to sign: Amy Smith (5C): never signed
            """)
        // The Amy of 2A signing does not sign for the Amy of 5C.
        let outstanding = await fixture.forms("mobile-phones", roster: "class-5c.csv", output: "again", audience: "children",
                                              band: "key-stage-2", outstanding: true)
        #expect(outstanding.people == 1, "\(outstanding.diagnostics.printed)")
        #expect(try fixture.read("again/mobile-phones-2.3-children-agreement-key-stage-2.html").contains("<span class=\"sign-filled\">5C</span>"))

        let export = try #require(RecordsDesk.export(place: fixture.records, output: nil).csv)
        #expect(export.contains("\r\nAmy Smith,2A,children/key-stage-1,2026-11-30,mobile-phones,2.3,"))
        #expect(export.contains("\r\nAmy Smith,5C,children/key-stage-2,2026-11-30,,,,,,\r\n"))

        let several = RecordsDesk.forget(name: "Amy Smith", leftBefore: nil, today: Fixture.today, confirmed: true, place: fixture.records)
        let problem = try #require(several.diagnostics.first)
        #expect(problem.location == SourceLocation(file: fixture.path("records/records.sqlite")))
        #expect(problem.message == "2 people called `Amy Smith` are in the records: Amy Smith (2A, children/key-stage-1); Amy Smith (5C, children/key-stage-2)")
        #expect(problem.hint == "say which with --role (--class for a pupil) and, if need be, --audience, like `handbook records forget \"Amy Smith\" --class \"2A\"`; nobody was forgotten")
        let one = RecordsDesk.forget(name: "Amy Smith", roleOrClass: "5c", leftBefore: nil, today: Fixture.today, confirmed: true, place: fixture.records)
        #expect(one.diagnostics.isEmpty && one.forgotten.map(\.roleOrClass) == ["5C"])
        let after = await RecordsDesk.status(policy: "mobile-phones", place: fixture.records)
        #expect(after.report.first?.signed.map(\.name) == ["Amy Smith", "Ben Ray"] && after.report.first?.outstanding.isEmpty == true)
    }

    @Test func aRosterWarnsOnlyOfPeopleTheRecordsCannotTellApart() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("class.csv", "name,class\nAmy Smith,3B\nAmy Smith,4C\namy  SMITH,3b\n")
        let made = await fixture.forms("mobile-phones", roster: "class.csv", output: "out", audience: "children", band: "key-stage-2")
        #expect(made.people == 3)
        let warning = try #require(made.diagnostics.first)
        #expect(made.diagnostics.count == 1 && warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: fixture.path("class.csv"), line: 4))
        #expect(warning.message == "amy  SMITH (3b) is in the roster twice (first on line 2); they get two sheets, but the records cannot tell them apart")
        #expect(warning.hint == "if they are two people, add what tells them apart to each name, such as a middle initial (`Amy J Smith`), before the register is filled in")
    }

    @Test func controlCharactersInARegisterAreCleanedWithAWarningNamingTheFileAndLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        #expect(await fixture.forms("mobile-phones", roster: "staff.csv", output: "out").diagnostics.isEmpty)
        let register = try fixture.read("out/register-mobile-phones-2.3.csv")
        try fixture.write("returns.csv", register.replacingOccurrences(of: "Jo Bloggs,", with: "\"Jo\u{1B}]0;owned\u{7}\nBloggs\",")
            .replacingOccurrences(of: ",\r\n", with: ",01/09/2026\r\n"))
        let imported = try await fixture.importRegister("returns.csv")
        #expect(imported.summary?.signaturesAdded == 1)
        let warning = try #require(imported.diagnostics.first)
        #expect(imported.diagnostics.count == 1 && warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: fixture.path("returns.csv"), line: 2))
        #expect(warning.message == "the name `Jo\\u{1B}]0;owned\\u{7}\\u{A}Bloggs` holds a line break or control character; it is recorded as `Jo]0;owned Bloggs`")
        let status = await RecordsDesk.status(policy: "mobile-phones", place: fixture.records)
        #expect(status.report.first?.signed.map(\.name) == ["Jo]0;owned Bloggs"])
    }
}
