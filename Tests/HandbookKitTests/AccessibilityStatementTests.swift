import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The accessibility statement follows the GOV.UK model: status, contact, enforcement, and the
/// dates it was prepared and reviewed, which handbook.yml gives.
struct AccessibilityStatementTests {
    @Test func theStatementGivesItsDatesContactAndEnforcement() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml", try fixture.read("content/handbook.yml") + """
            accessibility:
              prepared: 2026-09-01
              reviewed: 2026-11-30
              email: office@harbour-lane.example
              phone: 01234 567890

            """)
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output))
        let page = String(decoding: built.files["accessibility/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("This statement was prepared on 1 September 2026. It was last reviewed on 30 November 2026."))
        #expect(page.contains("<a href=\"mailto:office@harbour-lane.example\">office@harbour-lane.example</a>"))
        #expect(page.contains("<a href=\"tel:01234567890\">01234 567890</a>"))
        for part in ["Compliance status", "Enforcement procedure", "Equality Advisory and Support Service",
                     "partially compliant", "Harbour Lane Primary School"] {
            #expect(page.contains(part), "\(part)")
        }
    }

    @Test func aReviewBeforeThePreparationIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml", try fixture.read("content/handbook.yml") + """
            accessibility:
              prepared: 2026-09-01
              reviewed: 2026-08-01
              email: the office

            """)
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2, "\(errors)")
        let review = try #require(errors.first { $0.message.hasPrefix("the statement was reviewed") })
        #expect(review.location.file == fixture.content + "/handbook.yml")
        #expect(review.location.line == (try fixture.line(of: "reviewed: 2026-08-01", in: "content/handbook.yml")))
        let email = try #require(errors.first { $0.message == "`the office` is not an email address" })
        #expect(email.location.line == (try fixture.line(of: "email: the office", in: "content/handbook.yml")))
    }
}
