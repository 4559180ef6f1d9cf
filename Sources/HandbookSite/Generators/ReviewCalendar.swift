import HandbookModel

/// A file of the site written as it is, not through a template.
package struct SiteFile: Sendable {
    package var path: String
    package var bytes: [UInt8]
}

/// `reviews.ics`: one all-day event on each released policy's review date, with a reminder
/// `review-reminder-days` before it. Everything in it comes from content: each event's UID is
/// the policy's id and the school's address, so a subscribed calendar moves an event when a new
/// edition changes its date, and its DTSTAMP is the day that edition was released.
struct ReviewCalendar {
    static let productID = "-//Handbook//Policy review calendar//EN"

    let config: HandbookConfig
    let summaries: [PolicySummary]

    /// Nil when nothing is released yet: a calendar must hold at least one event.
    func file() -> SiteFile? {
        let reviewed = summaries.compactMap { summary in summary.review.map { (summary, $0) } }.sorted { a, b in
            a.1.reviewBy != b.1.reviewBy ? a.1.reviewBy < b.1.reviewBy : a.0.id < b.0.id
        }
        guard !reviewed.isEmpty else { return nil }
        var ics = ICalendarWriter()
        ics.property("BEGIN", "VCALENDAR")
        ics.property("VERSION", "2.0")
        ics.text("PRODID", Self.productID)
        ics.property("CALSCALE", "GREGORIAN")
        ics.property("METHOD", "PUBLISH")
        ics.text("X-WR-CALNAME", "\(config.school): policy reviews")
        for (summary, review) in reviewed { event(summary, review, into: &ics) }
        ics.property("END", "VCALENDAR")
        return SiteFile(path: SitePaths.reviewCalendar, bytes: ics.bytes)
    }

    private func event(_ summary: PolicySummary, _ review: PolicyReview, into ics: inout ICalendarWriter) {
        ics.property("BEGIN", "VEVENT")
        ics.text("UID", uid(summary.id))
        ics.property("DTSTAMP", Self.basic(review.released) + "T000000Z")
        ics.property("DTSTART;VALUE=DATE", Self.basic(review.reviewBy))
        ics.property("DTEND;VALUE=DATE", Self.basic(review.reviewBy.adding(days: 1)))
        ics.text("SUMMARY", "Review due: \(summary.title)")
        ics.text("DESCRIPTION", "\(summary.title), edition \(review.version), is due for review by \(review.reviewBy.longForm).\nOwner: \(review.owner)\nApproved by: \(review.approvedBy)")
        if let base = config.baseURL?.value {
            ics.property("URL", base + SitePaths.folder(of: SitePaths.policy(summary.id)))
        }
        ics.property("TRANSP", "TRANSPARENT")
        ics.property("BEGIN", "VALARM")
        ics.property("ACTION", "DISPLAY")
        let days = config.reviewReminderDays
        ics.text("DESCRIPTION", days == 0 ? "Review due today: \(summary.title)"
                                          : "Review due in \(days) \(days == 1 ? "day" : "days"): \(summary.title)")
        ics.property("TRIGGER", days == 0 ? "PT0S" : "-P\(days)D")
        ics.property("END", "VALARM")
        ics.property("END", "VEVENT")
    }

    /// The same for every build: the policy's id at the site's host, or at the school's name
    /// when the site has no public address.
    private func uid(_ policy: String) -> String {
        "policy-review-\(policy)@\(Self.host(of: config.baseURL?.value) ?? Self.slug(config.school))"
    }

    static func host(of address: String?) -> String? {
        guard let address, let scheme = address.range(of: "://") else { return nil }
        let host = address[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : host.lowercased()
    }

    static func slug(_ name: String) -> String {
        var slug = ""
        for character in name.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "handbook" : slug
    }

    /// `20270901`, iCalendar's DATE form.
    static func basic(_ date: CalendarDate) -> String { String(date.description.filter { $0 != "-" }) }
}
