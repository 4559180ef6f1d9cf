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

    /// The message says what is wrong with the date, not only that it is wrong.
    @Test(arguments: [(["check", "--today", "2026-02-30"],
                       "The value '2026-02-30' is invalid for '--today <today>': 2026-02-30 is not a date: February 2026 has 28 days; write it as YYYY-MM-DD, like 2026-09-01"),
                      (["build", "--today", "2028-02-30"],
                       "The value '2028-02-30' is invalid for '--today <today>': 2028-02-30 is not a date: February 2028 has 29 days; write it as YYYY-MM-DD, like 2026-09-01"),
                      (["release", "trips", "--date", "2026-13-01"],
                       "The value '2026-13-01' is invalid for '--date <date>': 2026-13-01 is not a date: there is no month 13; write it as YYYY-MM-DD, like 2026-09-01"),
                      (["records", "import", "r.csv", "--today", "2026-04-00"],
                       "The value '2026-04-00' is invalid for '--today <today>': 2026-04-00 is not a date: there is no day 0; write it as YYYY-MM-DD, like 2026-09-01"),
                      (["records", "forget", "--left-before", "01/09/2026"],
                       "The value '01/09/2026' is invalid for '--left-before <left-before>': 01/09/2026 is not a date: it is not written year-month-day with four, two and two digits; write it as YYYY-MM-DD, like 2026-09-01")])
    func anImpossibleDateSaysWhyItIsNotADate(arguments: [String], expected: String) throws {
        do {
            _ = try HandbookCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(HandbookCommand.message(for: error) == expected)
            #expect(HandbookCommand.exitCode(for: error).rawValue == 64)
        }
    }
}
