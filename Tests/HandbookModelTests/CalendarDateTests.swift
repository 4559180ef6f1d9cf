import Foundation
import HandbookModel
import Testing

struct CalendarDateTests {
    @Test func readsOnlyRealDates() {
        #expect(CalendarDate("2024-02-29")?.longForm == "29 February 2024")
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("1 September 2025") == nil)
        #expect(CalendarDate("2025-9-1") == nil)
        #expect(CalendarDate("2025-09-01")?.description == "2025-09-01")
    }
}
