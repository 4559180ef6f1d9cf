import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel

/// `handbook reviews`: every released policy's review date, soonest first, as lines an office
/// can paste into an email or as JSON. The dates are the ones the site's review calendar holds.
public enum ReviewList {
    /// One policy's review as of `today`.
    public struct Item: Sendable, Hashable {
        public var policy: String
        public var title: String
        public var review: PolicyReview
        /// Negative once the date has passed.
        public var daysUntil: Int

        public var isOverdue: Bool { daysUntil < 0 }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var items: [Item]
        public var today: CalendarDate
        /// The last day looked at; nil for every review.
        public var until: CalendarDate?

        /// Plain sentences, a heading line then one line for each policy; and, when a policy
        /// folder could not be read, a last line saying the list may be missing reviews.
        public var text: String {
            guard diagnostics.hasErrors else { return list }
            return list + "\n\nThis list may be missing reviews: some policy files could not be read (the errors say which)."
        }

        private var list: String {
            let scope = until.map { " due by \($0.longForm)" } ?? ""
            guard !items.isEmpty else {
                return until.map { "No policy review falls due by \($0.longForm)." }
                    ?? "No policy has been released yet, so none has a review date."
            }
            var lines = ["Policy reviews\(scope), as of \(today.longForm), soonest first:", ""]
            for item in items {
                let review = item.review
                lines.append("\(item.title) (edition \(review.version)): review by \(review.reviewBy.longForm), \(ReviewList.when(item.daysUntil)). Owner: \(review.owner). Approved by: \(review.approvedBy).")
            }
            return lines.joined(separator: "\n")
        }

        public var json: String {
            let document = JSONReviews(today: today.description, until: until?.description, reviews: items.map { item in
                JSONReview(policy: item.policy, title: item.title, version: item.review.version,
                           reviewBy: item.review.reviewBy.description, owner: item.review.owner,
                           approvedBy: item.review.approvedBy, daysUntil: item.daysUntil, overdue: item.isOverdue)
            })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(document) else { return "{}" }
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// `overdue by 3 days`, `due today`, `due in 1 day`.
    static func when(_ days: Int) -> String {
        let plural = { (count: Int) in count == 1 ? "1 day" : "\(count) days" }
        if days < 0 { return "overdue by \(plural(-days))" }
        return days == 0 ? "due today" : "due in \(plural(days))"
    }

    /// Every released policy in `content` whose review falls by the end of `within` (all of
    /// them without it), overdue ones included, soonest first. A policy folder that cannot be
    /// read is an error, so that no review goes missing from the list without a word.
    public static func make(content: String, today: CalendarDate, within: ReviewWindow? = nil) -> Outcome {
        let until = within?.end(from: today)
        var openDiagnostics: [Diagnostic] = []
        let opened = ContentChecker.open(content, diagnostics: &openDiagnostics)
        guard let opened, !openDiagnostics.hasErrors else {
            return Outcome(diagnostics: openDiagnostics.filter { $0.severity == .error }, items: [], today: today,
                           until: until)
        }
        var diagnostics: [Diagnostic] = []
        var items: [Item] = []
        for name in opened.folder.policyFolders {
            var loadDiagnostics: [Diagnostic] = []
            let entry = CheckRegistry.policyFiles.load(name, in: opened.folder, diagnostics: &loadDiagnostics)
            guard let entry else {
                diagnostics += loadDiagnostics.filter { $0.severity == .error }
                continue
            }
            guard let review = entry.review else { continue }
            if let until, until < review.reviewBy { continue }
            let title = entry.latestRelease?.policy.edition.title ?? entry.working.edition.title
            items.append(Item(policy: entry.id, title: title, review: review,
                              daysUntil: today.days(until: review.reviewBy)))
        }
        items.sort { a, b in a.review.reviewBy != b.review.reviewBy ? a.review.reviewBy < b.review.reviewBy : a.policy < b.policy }
        return Outcome(diagnostics: diagnostics, items: items, today: today, until: until)
    }
}

private struct JSONReviews: Encodable {
    var today: String
    var until: String?
    var reviews: [JSONReview]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(today, forKey: .today)
        try container.encode(until, forKey: .until)
        try container.encode(reviews, forKey: .reviews)
    }

    private enum CodingKeys: String, CodingKey { case today, until, reviews }
}

private struct JSONReview: Encodable {
    var policy: String
    var title: String
    var version: String
    var reviewBy: String
    var owner: String
    var approvedBy: String
    var daysUntil: Int
    var overdue: Bool
}
