import HandbookModel

/// Reminds the office when a published policy's review date has passed or is near. Depends on
/// today's date, so it only ever produces diagnostics, never anything in the site.
public enum ReviewChecks {
    public static var code: String { ReviewDueCheck().name }
    public static let noticeDays = 60

    public static func check(_ edition: EditionInfo, policy id: String, today: CalendarDate) -> [Diagnostic] {
        check(policy: id, title: edition.title, reviewBy: edition.reviewBy, at: edition.reviewByLocation, today: today)
    }

    /// Every review check in the registry, run on one edition's review date.
    public static func check(policy id: String, title: String, reviewBy due: CalendarDate, at location: SourceLocation,
                             today: CalendarDate) -> [Diagnostic] {
        let subject = ReviewSubject(policy: id, title: title, reviewBy: due, at: location, today: today)
        return CheckRegistry.review.flatMap { $0.run(subject) }
    }
}

/// A review date passed is a warning; one within `ReviewChecks.noticeDays` is a note.
struct ReviewDueCheck: ReviewCheck {
    let name = "review-due"

    func check(_ subject: ReviewSubject) -> [Diagnostic] {
        let (id, title, due, location) = (subject.policy, subject.title, subject.reviewBy, subject.location)
        let days = subject.today.days(until: due)
        if days < 0 {
            return [.warning(at: location,
                             "the review of `\(id)` (\(title)) was due on \(due.longForm)",
                             hint: "review the policy, then release a new edition with a later `review-by` date")]
        }
        if days <= ReviewChecks.noticeDays {
            let when = days == 0 ? "today" : "in \(days) \(days == 1 ? "day" : "days")"
            return [Diagnostic(.note, at: location,
                               "the review of `\(id)` (\(title)) is due on \(due.longForm), \(when)",
                               hint: "plan the review so a new edition can be approved in time")]
        }
        return []
    }
}
