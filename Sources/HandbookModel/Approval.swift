/// When and where an edition was approved: the day of the meeting and the minute that records it,
/// such as "FGB 20 November 2026, item 7".
public struct Approval: Sendable, Hashable {
    public var date: CalendarDate
    public var minute: String

    public init(date: CalendarDate, minute: String) {
        self.date = date
        self.minute = minute
    }
}

extension Approval {
    /// How the two fields are written in policy.md, for hints.
    public static let exampleDate = "2026-11-20"
    public static let exampleMinute = "\"FGB 20 November 2026, item 7\""
    public static var exampleLines: String { "approved-on: \(exampleDate)\nminute: \(exampleMinute)" }
}
