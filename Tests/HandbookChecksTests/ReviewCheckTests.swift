@testable import HandbookChecks
import HandbookModel
import HandbookTestSupport
import Testing

/// Review reminders: the one check that depends on the day it is run.
struct ReviewCheckTests {
    private let place = SourceLocation(file: "content/policies/mobile-phones/policy.md", line: 5, column: 12)

    private func review(today: String) throws -> [Diagnostic] {
        let subject = ReviewSubject(policy: "mobile-phones", title: "Mobile Phones Policy",
                                    reviewBy: try #require(CalendarDate("2025-01-08")), at: place,
                                    today: try #require(CalendarDate(today)))
        return ReviewDueCheck().run(subject)
    }

    @Test func aReviewDatePassedIsAWarning() throws {
        #expect(try review(today: "2025-02-01") == [
            .warning(at: place, "the review of `mobile-phones` (Mobile Phones Policy) was due on 8 January 2025",
                     hint: "review the policy, then release a new edition with a later `review-by` date", code: "review-due"),
        ])
        #expect(try review(today: "2025-01-09").map(\.severity) == [.warning])
    }

    @Test(arguments: [("2024-12-01", "in 38 days"), ("2025-01-07", "in 1 day"), ("2025-01-08", "today"),
                      ("2024-11-09", "in 60 days")])
    func aReviewDateWithinSixtyDaysIsANote(_ today: String, _ when: String) throws {
        #expect(try review(today: today) == [
            Diagnostic(.note, at: place, "the review of `mobile-phones` (Mobile Phones Policy) is due on 8 January 2025, \(when)",
                       hint: "plan the review so a new edition can be approved in time", code: "review-due"),
        ])
    }

    @Test func aReviewDateFurtherOffGivesNoFinding() throws {
        #expect(try review(today: "2024-11-08").isEmpty)
        #expect(try review(today: "2024-06-01").isEmpty)
    }

    @Test func theReminderIsAtTheReviewDateInPolicyMdAndCarriesTheCheckName() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let edition = try LoadedContent(fixture).entry("mobile-phones").working.edition
        let found = ReviewChecks.check(edition, policy: "mobile-phones", today: try #require(CalendarDate("2025-02-01")))
        let path = "content/policies/mobile-phones/policy.md"
        #expect(found.map(\.location) == [try fixture.location(of: "2025-01-08", in: path)])
        #expect(found.first?.location.column == 12)
        #expect(found.map(\.code) == [ReviewChecks.code])
    }
}
