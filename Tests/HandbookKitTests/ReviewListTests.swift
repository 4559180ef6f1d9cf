import HandbookKit
import HandbookTestSupport
import Testing

/// `handbook reviews`: released policies' review dates, soonest first, as of a given day.
struct ReviewListTests {
    private func released() async throws -> Fixture {
        let fixture = try Fixture()
        _ = try await fixture.release("trips", date: "2024-07-01")
        _ = try await fixture.release("mobile-phones", date: "2024-02-01")
        return fixture
    }

    private func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }

    @Test func withinAWindowTheOverdueAndTheDueAreListedSoonestFirst() async throws {
        let fixture = try await released()
        defer { fixture.remove() }
        let outcome = ReviewList.make(content: fixture.content, today: try day("2027-06-15"),
                                      within: try ReviewWindow(parsing: "3m"))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.text == """
            Policy reviews due by 15 September 2027, as of 15 June 2027, soonest first:

            Mobile Phones Policy (edition 2.3): review by 8 January 2025, overdue by 888 days. Owner: Deputy Headteacher. Approved by: Resources Committee.
            Educational Visits Policy (edition 1.0): review by 1 September 2027, due in 78 days. Owner: Educational Visits Coordinator. Approved by: Full Governing Body.
            """)
    }

    @Test func aReviewAfterTheWindowIsLeftOut() async throws {
        let fixture = try await released()
        defer { fixture.remove() }
        let outcome = ReviewList.make(content: fixture.content, today: try day("2024-09-01"),
                                      within: try ReviewWindow(parsing: "6w"))
        #expect(outcome.items.map(\.policy) == [])
        #expect(outcome.text == "No policy review falls due by 13 October 2024.")
        let year = ReviewList.make(content: fixture.content, today: try day("2024-09-01"), within: ReviewWindow(count: 1, unit: .years))
        #expect(year.items.map(\.policy) == ["mobile-phones"])
        #expect(year.items.first?.daysUntil == 129)
    }

    @Test func draftsHaveNoReviewYet() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = try await fixture.release("trips", date: "2024-07-01")
        let outcome = ReviewList.make(content: fixture.content, today: try day("2027-09-01"))
        #expect(outcome.items.map(\.policy) == ["trips"])
        #expect(outcome.items.first?.daysUntil == 0)
        #expect(outcome.text.contains("review by 1 September 2027, due today."))
        let none = try Fixture()
        defer { none.remove() }
        #expect(ReviewList.make(content: none.content, today: try day("2027-09-01")).text
                == "No policy has been released yet, so none has a review date.")
    }

    @Test func jsonGivesEachReviewForTools() async throws {
        let fixture = try await released()
        defer { fixture.remove() }
        let json = ReviewList.make(content: fixture.content, today: try day("2025-01-09"),
                                   within: try ReviewWindow(parsing: "30d")).json
        #expect(json == """
            {
              "reviews" : [
                {
                  "approvedBy" : "Resources Committee",
                  "daysUntil" : -1,
                  "overdue" : true,
                  "owner" : "Deputy Headteacher",
                  "policy" : "mobile-phones",
                  "reviewBy" : "2025-01-08",
                  "title" : "Mobile Phones Policy",
                  "version" : "2.3"
                }
              ],
              "today" : "2025-01-09",
              "until" : "2025-02-08"
            }
            """)
    }

    @Test func aPolicyFolderThatCannotBeReadIsAnError() async throws {
        let fixture = try await released()
        defer { fixture.remove() }
        try fixture.write("content/policies/trips/policy.md", "no front matter here\n")
        let outcome = ReviewList.make(content: fixture.content, today: try day("2025-01-09"))
        try #require(outcome.diagnostics.count == 1, "\(outcome.diagnostics)")
        let error = outcome.diagnostics[0]
        #expect(error.severity == .error)
        #expect(error.message.hasPrefix("policy.md must start with front matter"))
        #expect(error.location.file == fixture.content + "/policies/trips/policy.md")
        #expect(error.location.line == 1)
        #expect(outcome.items.map(\.policy) == ["mobile-phones"])
        #expect(outcome.text.hasSuffix("\n\nThis list may be missing reviews: some policy files could not be read (the errors say which)."))
    }

    @Test(arguments: [("30d", 30, ReviewWindow.Unit.days), ("6w", 6, .weeks), ("3m", 3, .months), ("1Y", 1, .years)])
    func aWindowIsANumberAndAUnit(text: String, count: Int, unit: ReviewWindow.Unit) throws {
        #expect(try ReviewWindow(parsing: text) == ReviewWindow(count: count, unit: unit))
    }

    @Test(arguments: [("3", "it does not end in d, w, m or y"), ("3x", "it does not end in d, w, m or y"),
                      ("m", "it does not start with a whole number of at most four digits"),
                      ("-3m", "it does not start with a whole number of at most four digits"),
                      ("three months", "it does not end in d, w, m or y")])
    func anythingElseSaysHowToWriteOne(text: String, reason: String) {
        #expect(throws: ReviewWindowError(text: text, reason: reason)) { try ReviewWindow(parsing: text) }
        let message = ReviewWindowError(text: text, reason: reason).description
        #expect(message == "`\(text)` is not a length of time: \(reason); write a whole number and a unit, like 30d (days), 6w (weeks), 3m (months) or 1y (years)")
    }

    /// A month on from the 31st is the month's last day; leap years counted.
    @Test func monthsEndOnTheLastDayTheMonthHas() throws {
        #expect(ReviewWindow(count: 1, unit: .months).end(from: try day("2027-01-31")) == CalendarDate("2027-02-28"))
        #expect(ReviewWindow(count: 1, unit: .months).end(from: try day("2028-01-31")) == CalendarDate("2028-02-29"))
        #expect(ReviewWindow(count: 3, unit: .months).end(from: try day("2026-11-30")) == CalendarDate("2027-02-28"))
        #expect(ReviewWindow(count: 1, unit: .years).end(from: try day("2028-02-29")) == CalendarDate("2029-02-28"))
        #expect(ReviewWindow(count: 2, unit: .weeks).end(from: try day("2026-12-25")) == CalendarDate("2027-01-08"))
    }
}
