import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The governors' list ends with the statutory checklist when handbook.yml says what kind of
/// school this is: met by which policy and who approved it, or missing, and the approval required.
struct StatutoryChecklistPageTests {
    private let trips = "content/policies/trips/policy.md"

    @Test func theGovernorsListShowsWhatIsMetAndWhatIsMissing() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "title: School policies", with: "title: School policies\nschool-type: maintained")
        try fixture.replace(in: trips, "approved-by: Full Governing Body",
                            with: "approved-by: Full Governing Body\nstatutory: [child-protection]")
        try fixture.replace(in: trips, "review-by: 2027-09-01", with: "review-by: 2025-09-01")
        let result = await fixture.build(drafts: true)
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        // The sample policies are drafts, so nothing on the list is met by a released policy.
        let missing = result.diagnostics.filter { $0.code == "statutory-checklist" }
        #expect(missing.contains { $0.message == "no policy meets the statutory requirement `behaviour` (Behaviour policy)" })
        #expect(missing.contains {
            $0.message == "the statutory requirement `child-protection` (Child protection and safeguarding) is met only by `trips`, which has not been released"
        })

        let page = try fixture.read("site/policies/index.html")
        #expect(page.contains("<h2 id=\"statutory-checklist\">Statutory policies</h2>"))
        let protection = try #require(row("child-protection", in: page))
        #expect(protection.contains("<a href=\"../policies/trips/index.html\">Educational Visits Policy</a> (draft, not yet released)"))
        #expect(protection.contains("Approved by: Full Governing Body"))
        #expect(protection.contains("Every year</td>"))
        let behaviour = try #require(row("behaviour", in: page))
        #expect(behaviour.contains("<strong class=\"missing\">Missing</strong>"))
        #expect(behaviour.contains("Approval required: </span>Headteacher, having regard to the governing body"))
        #expect(row("behaviour-principles", in: page) != nil)
        // A maintained school's list leaves out what only academies hold.
        #expect(!page.contains("statutory-admissions"))
    }

    @Test func withoutASchoolTypeTheListHasNoChecklist() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = await fixture.build(drafts: true)
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        #expect(!(try fixture.read("site/policies/index.html")).contains("statutory-checklist"))
    }

    private func row(_ id: String, in page: String) -> String? {
        guard let start = page.range(of: "<tr id=\"statutory-\(id)\"") else { return nil }
        guard let end = page.range(of: "</tr>", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }
}
