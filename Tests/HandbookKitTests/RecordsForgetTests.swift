import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// `records forget` as the office meets it: it shows whom it would forget and does nothing until
/// told --yes, refuses a date after today, and the people it forgets stay forgotten when an old
/// register is imported again.
struct RecordsForgetTests {
    /// Three staff on a released mobile-phones 2.3: Finley Hughes and Jo Bloggs signed, Sam Lee not.
    private func threeStaff(_ fixture: Fixture) async throws {
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("staff.csv", "name,role\nFinley Hughes,Teacher\nJo Bloggs,Teacher\nSam Lee,Governor\n")
        let made = await fixture.forms("mobile-phones", roster: "staff.csv", output: "out")
        #expect(made.diagnostics.isEmpty, "\(made.diagnostics.printed)")
        let register = try fixture.read("out/register-mobile-phones-2.3.csv")
        try fixture.write("out/register-mobile-phones-2.3.csv", RecordsRoundTests.fillIn(register) { $0 == 3 ? nil : "01/09/2026" })
        let imported = try await fixture.importRegister("out/register-mobile-phones-2.3.csv")
        #expect(imported.summary?.peopleAdded == 3, "\(imported.diagnostics.printed)")
    }

    private func names(_ fixture: Fixture) throws -> [String] {
        let csv = try #require(RecordsDesk.export(place: fixture.records, output: nil).csv)
        return csv.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
    }

    @Test func withoutYesItShowsWhomItWouldForgetAndForgetsNobody() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await threeStaff(fixture)
        let preview = RecordsDesk.forget(name: "Finley Hughes", leftBefore: nil, today: Fixture.today, confirmed: false, place: fixture.records)
        #expect(preview.diagnostics.isEmpty && preview.forgotten.isEmpty)
        #expect(preview.doneMessage == """
            Would forget 1 person and their signatures; registers imported later will skip them:
              Finley Hughes (Teacher, staff): 1 signature
            nothing was forgotten; run again with --yes to forget them
            """)
        let leavers = RecordsDesk.forget(name: nil, leftBefore: CalendarDate("2026-12-01"), today: try #require(CalendarDate("2026-12-05")),
                                         confirmed: false, place: fixture.records)
        #expect(leavers.doneMessage == """
            Would forget 3 people and their signatures; registers imported later will skip them:
              Finley Hughes (Teacher, staff): 1 signature
              Jo Bloggs (Teacher, staff): 1 signature
              Sam Lee (Governor, staff): 0 signatures
            nothing was forgotten; run again with --yes to forget them
            """)
        #expect(try names(fixture) == ["Finley Hughes", "Jo Bloggs", "Sam Lee"])
        let none = RecordsDesk.forget(name: nil, leftBefore: CalendarDate("2026-09-01"), today: Fixture.today,
                                      confirmed: true, place: fixture.records)
        #expect(none.diagnostics.isEmpty)
        #expect(none.doneMessage == "Nobody in the records was last on a register imported before 1 September 2026: nothing to forget")
    }

    @Test func aLeftBeforeDateAfterTodayIsRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await threeStaff(fixture)
        let tomorrow = try #require(CalendarDate("2026-12-01"))
        let refused = RecordsDesk.forget(name: nil, leftBefore: tomorrow, today: Fixture.today, confirmed: true, place: fixture.records)
        let problem = try #require(refused.diagnostics.first)
        #expect(refused.diagnostics.count == 1 && refused.forgotten.isEmpty)
        #expect(problem.location == SourceLocation(file: fixture.path("records")))
        #expect(problem.message == "--left-before 1 December 2026 is after today, 30 November 2026")
        #expect(problem.hint == "give the first day of the term the leavers were no longer on the registers, on or before today, like --left-before 2026-11-30; nobody was forgotten")
        #expect(try names(fixture) == ["Finley Hughes", "Jo Bloggs", "Sam Lee"])
    }

    @Test func anOldRegisterImportedAgainSkipsTheForgottenWithoutNamingThem() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await threeStaff(fixture)
        let forgot = RecordsDesk.forget(name: "Finley Hughes", leftBefore: nil, today: Fixture.today, confirmed: true, place: fixture.records)
        #expect(forgot.diagnostics.isEmpty && forgot.forgotten.map(\.name) == ["Finley Hughes"])
        #expect(forgot.doneMessage == "Forgot 1 person and their signatures")
        #expect(FileManager.default.fileExists(atPath: fixture.path("records/forget.key")))

        let again = try await fixture.importRegister("out/register-mobile-phones-2.3.csv", today: "2026-12-01")
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics.printed)")
        let message = try #require(again.doneMessage(file: "register.csv"))
        #expect(message == "Imported register.csv into \(fixture.path("records/records.sqlite")): 0 signatures added, 0 dates changed, 0 people added; 1 row skipped: people forgotten at the school's request")
        #expect(!message.contains("Finley"))
        #expect(try names(fixture) == ["Jo Bloggs", "Sam Lee"])
        let status = try await RecordsRoundTests.status(fixture)
        #expect(status.signed == ["Jo Bloggs"] && status.outstanding.compactMap { $0["name"] } == ["Sam Lee"])
    }
}
