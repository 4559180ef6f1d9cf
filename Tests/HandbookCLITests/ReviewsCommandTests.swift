@testable import handbook
import HandbookKit
import Testing

/// `handbook reviews --within` is read once: anything but a number and d, w, m or y is a usage
/// error that says how to write one.
struct ReviewsCommandTests {
    @Test func aWindowThatIsNotALengthOfTimeIsAUsageError() throws {
        do {
            _ = try HandbookCommand.parseAsRoot(["reviews", "--within", "3x"])
            Issue.record("--within 3x was accepted")
        } catch {
            #expect(HandbookCommand.message(for: error)
                    == "The value '3x' is invalid for '--within <within>': `3x` is not a length of time: it does not end in d, w, m or y; write a whole number and a unit, like 30d (days), 6w (weeks), 3m (months) or 1y (years)")
            #expect(HandbookCommand.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func aWindowAndADayAreRead() throws {
        let command = try #require(try HandbookCommand.parseAsRoot(["reviews", "--within", "6w", "--today", "2026-12-05", "--format", "json"]) as? Reviews)
        #expect(command.within == ReviewWindow(count: 6, unit: .weeks))
        #expect(command.today == CalendarDate("2026-12-05"))
        #expect(command.format == .json)
    }
}
