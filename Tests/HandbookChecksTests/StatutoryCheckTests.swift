import Foundation
@testable import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// The DfE's list of policies a school must hold, and what the policies say they meet.
struct StatutoryCheckTests {
    private let handbook = "content/handbook.yml"
    private let trips = "content/policies/trips/policy.md"

    /// A list of three requirements, so each test sees every finding.
    private let checklist = StatutoryChecklist(requirements: [
        StatutoryRequirement(id: "behaviour", title: "Behaviour policy", appliesTo: [.maintained, .academy],
                             reviewMonths: 12, reviewRecommended: true, approval: "Headteacher"),
        StatutoryRequirement(id: "child-protection", title: "Child protection and safeguarding",
                             appliesTo: [.maintained, .academy], reviewMonths: 12, approval: "Governing body"),
        StatutoryRequirement(id: "teachers-pay", title: "Teachers' pay", appliesTo: [.maintained], reviewMonths: 12,
                             approval: "Governing body"),
    ])

    /// The sample content as a maintained school, trips saying which requirements it meets and
    /// due for review a year after it came into force, unless `reviewBy` says otherwise.
    private func maintained(trips statutory: String, reviewBy: String = "2025-09-01") throws -> Fixture {
        let fixture = try Fixture()
        try fixture.replace(in: trips, "review-by: 2027-09-01", with: "review-by: \(reviewBy)")
        try fixture.replace(in: handbook, "title: School policies", with: "title: School policies\nschool-type: maintained")
        try fixture.replace(in: trips, "approved-by: Full Governing Body", with: "approved-by: Full Governing Body\n\(statutory)")
        return fixture
    }

    private func claims(_ content: LoadedContent, released: Bool = true) throws -> [StatutoryClaim] {
        try ["mobile-phones", "trips"].map { id in
            let edition = try content.entry(id).working.edition
            return StatutoryClaim(policy: id, title: edition.title, statutory: edition.statutory, effective: edition.effective,
                                  reviewBy: edition.reviewBy, reviewByLocation: edition.reviewByLocation, isReleased: released)
        }
    }

    @Test func theShippedListReadsCleanlyWithItsSourceInItsHeader() throws {
        let path = Repository.root.appendingPathComponent("Sources/HandbookChecks/Resources/statutory-policies.yml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let read = StatutoryChecklist.read(text, path: path, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(read == StatutoryChecklist.shipped)
        #expect(read.ids.allSatisfy(ContentPaths.isValidID))
        for id in ["behaviour", "charging-and-remissions", "child-protection", "complaints", "data-protection",
                   "sen-information-report", "supporting-pupils-medical-conditions", "accessibility-plan",
                   "relationships-education"] {
            #expect(read.requirement(id) != nil, "\(id) is not on the list")
        }
        #expect(read.requirement("accessibility-plan")?.reviewMonths == 36)
        #expect(read.requirement("behaviour-principles")?.appliesTo == [.maintained])
        #expect(text.contains("https://www.gov.uk/government/publications/statutory-policies-for-schools-and-academy-trusts"))
        #expect(text.contains("15 March 2022"))
    }

    @Test func aSchoolMissingAStatutoryPolicyIsWarnedNamingIt() throws {
        let fixture = try maintained(trips: "statutory: behaviour")
        defer { fixture.remove() }
        let content = try LoadedContent(fixture)
        let found = StatutoryChecklistCheck().run(ChecklistSubject(config: content.config, checklist: checklist,
                                                                   claims: try claims(content)))
        let typeLine = try fixture.location(of: "maintained", in: handbook)
        expect(found, [
            .warning(at: typeLine, "no policy meets the statutory requirement `child-protection` (Child protection and safeguarding)",
                     hint: "add `statutory: child-protection` to the front matter of the policy that covers it, or write one",
                     code: "statutory-checklist"),
            .warning(at: typeLine, "no policy meets the statutory requirement `teachers-pay` (Teachers' pay)",
                     hint: "add `statutory: teachers-pay` to the front matter of the policy that covers it, or write one",
                     code: "statutory-checklist"),
        ])
    }

    @Test func anAcademyIsNotAskedForWhatOnlyMaintainedSchoolsNeed() throws {
        let fixture = try maintained(trips: "statutory: [behaviour, child-protection]")
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "school-type: maintained", with: "school-type: academy")
        let content = try LoadedContent(fixture)
        let found = StatutoryChecklistCheck().run(ChecklistSubject(config: content.config, checklist: checklist,
                                                                   claims: try claims(content)))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aRequirementMetOnlyByAnUnreleasedPolicyIsWarnedOfThat() throws {
        let fixture = try maintained(trips: "statutory: [behaviour, child-protection, teachers-pay]")
        defer { fixture.remove() }
        let content = try LoadedContent(fixture)
        let found = StatutoryChecklistCheck().run(ChecklistSubject(config: content.config, checklist: checklist,
                                                                   claims: try claims(content, released: false)))
        let typeLine = try fixture.location(of: "maintained", in: handbook)
        expect(found, ["behaviour", "child-protection", "teachers-pay"].map { id in
            let title = checklist.requirement(id)?.title ?? ""
            return .warning(at: typeLine,
                            "the statutory requirement `\(id)` (\(title)) is met only by `trips`, which has not been released",
                            hint: "once it is approved, release it with `handbook release trips`", code: "statutory-checklist")
        })
    }

    @Test func aReviewFurtherAwayThanTheCycleAllowsIsWarnedAtItsLine() throws {
        // Trips came into force on 1 September 2024 and is reviewed three years later.
        let fixture = try maintained(trips: "statutory: [behaviour, child-protection, teachers-pay]", reviewBy: "2027-09-01")
        defer { fixture.remove() }
        let content = try LoadedContent(fixture)
        let found = StatutoryChecklistCheck().run(ChecklistSubject(config: content.config, checklist: checklist,
                                                                   claims: try claims(content)))
        expect(found, [
            .warning(at: try fixture.location(of: "2027-09-01", in: trips),
                     "`trips` (Educational Visits Policy) is due for review on 1 September 2027, more than a year after it came into force on 1 September 2024",
                     hint: "the Department for Education asks for a review of `child-protection` (Child protection and safeguarding) every year; set `review-by: 2025-09-01` or earlier",
                     code: "statutory-checklist"),
        ])
    }

    @Test func aReviewWithinTheCycleIsNotWarned() throws {
        let fixture = try maintained(trips: "statutory: [behaviour, child-protection, teachers-pay]")
        defer { fixture.remove() }
        let content = try LoadedContent(fixture)
        let found = StatutoryChecklistCheck().run(ChecklistSubject(config: content.config, checklist: checklist,
                                                                   claims: try claims(content)))
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func withoutASchoolTypeNothingIsJudgedMissingAndOneNoteSaysWhy() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: trips, "approved-by: Full Governing Body", with: "approved-by: Full Governing Body\nstatutory: behaviour")
        try fixture.replace(in: trips, "review-by: 2027-09-01", with: "review-by: 2025-09-01")
        let content = try LoadedContent(fixture)
        let found = StatutoryChecklistCheck().run(ChecklistSubject(config: content.config, checklist: checklist,
                                                                   claims: try claims(content)))
        expect(found, [Diagnostic(.note, at: try fixture.location(of: "behaviour", in: trips),
                                  "handbook.yml does not say what kind of school this is, so no statutory policy is judged missing",
                                  hint: "add `school-type: maintained` or `school-type: academy` to handbook.yml",
                                  code: "statutory-checklist")])
    }

    @Test func aHandbookThatNamesNoRequirementAndNoSchoolTypeHearsNothing() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let content = try LoadedContent(fixture)
        #expect(StatutoryChecks.check(ChecklistSubject(config: content.config, claims: try claims(content))).isEmpty)
    }

    @Test func anUnknownRequirementIsAnErrorAtItsLineWithTheClosestID() throws {
        let fixture = try maintained(trips: "statutory:\n  - behavior\n  - child-protection")
        defer { fixture.remove() }
        let found = StatutoryIDsCheck().run(try LoadedContent(fixture).edition("trips"))
        expect(found, [.error(at: try fixture.location(of: "behavior", in: trips), "`behavior` is not a statutory requirement",
                              hint: "did you mean `behaviour`? the README lists every id, under handbook.yml's `school-type`",
                              code: "statutory-ids")])
    }

    @Test func oneRequirementOrAListIsRead() throws {
        let fixture = try maintained(trips: "statutory: complaints")
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true",
                            with: "material: true\nstatutory: [behaviour, complaints]")
        let content = try LoadedContent(fixture)
        #expect(try content.entry("trips").working.edition.statutory.map(\.value) == ["complaints"])
        #expect(try content.entry("mobile-phones").working.edition.statutory.map(\.value) == ["behaviour", "complaints"])
    }

    @Test func aSchoolTypeThatIsNotOneIsAnErrorWithTheClosest() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "title: School policies", with: "title: School policies\nschool-type: acadamy")
        var diagnostics: [Diagnostic] = []
        _ = CheckRegistry.handbookFiles.open(fixture.content, diagnostics: &diagnostics)
        expect(diagnostics, [.error(at: try fixture.location(of: "acadamy", in: handbook), "`acadamy` is not a kind of school",
                                    hint: "did you mean `academy`? write `school-type: maintained` for a local-authority-maintained school, or `school-type: academy`",
                                    code: "handbook-files")])
    }

    @Test func aYearOnIsTheSameDayOrTheMonthsLastDay() throws {
        #expect(try #require(CalendarDate("2024-09-01")).adding(months: 12) == CalendarDate("2025-09-01"))
        #expect(try #require(CalendarDate("2024-02-29")).adding(months: 12) == CalendarDate("2025-02-28"))
        #expect(try #require(CalendarDate("2024-11-30")).adding(months: 3) == CalendarDate("2025-02-28"))
    }
}
