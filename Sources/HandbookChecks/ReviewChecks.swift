import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Reminds the office when a published policy's review date has passed or is near. Depends on
/// today's date, so it only ever produces diagnostics, never anything in the site.
public enum ReviewChecks {
    public static let code = "review-due"
    public static let noticeDays = 60

    public static func check(_ edition: EditionInfo, policy id: String, today: CalendarDate) -> [Diagnostic] {
        check(policy: id, title: edition.title, reviewBy: edition.reviewBy, at: edition.reviewByLocation, today: today)
    }

    public static func check(policy id: String, title: String, reviewBy due: CalendarDate, at location: SourceLocation,
                             today: CalendarDate) -> [Diagnostic] {
        let days = today.days(until: due)
        if days < 0 {
            return [.warning(at: location,
                             "the review of `\(id)` (\(title)) was due on \(due.longForm)",
                             hint: "review the policy, then release a new edition with a later `review-by` date",
                             code: code)]
        }
        if days <= noticeDays {
            let when = days == 0 ? "today" : "in \(days) \(days == 1 ? "day" : "days")"
            return [Diagnostic(.note, at: location,
                               "the review of `\(id)` (\(title)) is due on \(due.longForm), \(when)",
                               hint: "plan the review so a new edition can be approved in time", code: code)]
        }
        return []
    }
}
