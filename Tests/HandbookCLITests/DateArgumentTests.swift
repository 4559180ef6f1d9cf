@testable import handbook
import HandbookKit
import Testing

/// Every date option is read by one type: a date that does not exist is refused before any
/// work, with the option's help, which shows the form to write.
struct DateArgumentTests {
    @Test func realDatesAreReadAndImpossibleOnesRefused() throws {
        #expect(CalendarDate(argument: "2026-02-28") == CalendarDate("2026-02-28"))
        #expect(CalendarDate(argument: "2026-02-30") == nil)
        #expect(CalendarDate(argument: "30/01/2026") == nil)
    }

    @Test(arguments: [(["build", "--today", "2026-02-30"], "--today <today>"),
                      (["release", "trips", "--date", "2026-13-01"], "--date <date>"),
                      (["records", "forget", "--left-before", "tomorrow"], "--left-before <left-before>")])
    func anImpossibleDateIsAUsageErrorThatShowsTheForm(arguments: [String], option: String) throws {
        do {
            _ = try HandbookCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            let message = HandbookCommand.message(for: error)
            #expect(message.contains("is invalid for '\(option)'"), "\(message)")
            #expect(HandbookCommand.exitCode(for: error).rawValue == 64)
            #expect(HandbookCommand.fullMessage(for: error).contains("YYYY-MM-DD"))
        }
    }
}
