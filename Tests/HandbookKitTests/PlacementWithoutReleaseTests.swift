import Foundation
import HandbookContent
import HandbookKit
import HandbookModel
import HandbookTestSupport
import Testing

/// `category`, `description` and `related` say where a policy sits in the handbook, not what it
/// says: filing a released policy needs no new edition, and shows on the next build.
struct PlacementWithoutReleaseTests {
    private static let categories = """
        categories:
          - id: day-to-day
            name: Day to day

        """

    /// So that `check` has nothing to say about the handbook itself.
    private static let officeContact = """
        accessibility:
          prepared: 2024-01-08
          reviewed: 2024-01-08
          phone: 01234 567890

        """

    /// The sample with one category, both policies released unfiled.
    private func releasedUnfiled() async throws -> Fixture {
        let fixture = try Fixture()
        try fixture.write("content/handbook.yml", SampleContent.handbook + Self.categories + Self.officeContact)
        for policy in ["mobile-phones", "trips"] {
            let released = try await fixture.release(policy)
            #expect(released.folder != nil, "\(released.diagnostics.printed)")
        }
        return fixture
    }

    private func file(_ fixture: Fixture) throws {
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true",
                            with: "material: true\ncategory: day-to-day\ndescription: When children may bring a phone.\nrelated:\n  - trips")
    }

    @Test func filingAReleasedPolicyAsksForNoReleaseAndShowsOnTheNextBuild() async throws {
        let fixture = try await releasedUnfiled()
        defer { fixture.remove() }
        try file(fixture)
        let checked = await HandbookBuild.check(content: fixture.content)
        // The sample's accessibility statement has no contact, which `check` reminds of whatever else changed.
        #expect(checked.diagnostics.allSatisfy { $0.code == "accessibility-contact" }, "\(checked.diagnostics.printed)")

        let built = await fixture.build()
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let families = try fixture.read("site/families/index.html")
        let group = try #require(families.range(of: "id=\"group-day-to-day\""), "the policy is not filed under its category")
        #expect(families[group.upperBound...].contains("When children may bring a phone."))
        #expect(try fixture.read("site/families/mobile-phones/index.html").contains("Related policies"))
        // Still the released edition, not a draft.
        let policy = try fixture.read("site/policies/mobile-phones/index.html")
        #expect(!policy.contains("banner--draft"))
    }

    @Test func releasingAPlacementChangeAloneIsRefusedWithTheReason() async throws {
        let fixture = try await releasedUnfiled()
        defer { fixture.remove() }
        try file(fixture)
        let line = try fixture.line(of: "version: ", in: "content/policies/mobile-phones/policy.md")
        let refused = try await fixture.release("mobile-phones")
        #expect(refused.folder == nil)
        #expect(refused.diagnostics.printed.contains(
            "\(fixture.content)/policies/mobile-phones/policy.md:\(line):10: error: nothing to release: `mobile-phones` says the same as edition 2.3\n    hint: a change to `category`, `description`, `keywords`, `pupil-description`, `pupil-headings`, `related` or `statutory` alone needs no release: run `handbook build` and it shows; to release other changes, make and approve them first"),
                "\(refused.diagnostics.printed)")
        #expect(!FileManager.default.fileExists(atPath: fixture.url("content/policies/mobile-phones/versions/2.4").path))
    }

    /// An edition released with placement lines before they were left out recorded the
    /// fingerprint of its whole files: it still verifies, keeps that fingerprint on its pages, and
    /// its working copy, the same bytes, has nothing unreleased.
    @Test func anEditionReleasedWithPlacementLinesBeforeStillVerifiesAndKeepsItsFingerprint() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml", SampleContent.handbook + Self.categories + Self.officeContact)
        try file(fixture)
        #expect(try await fixture.release("mobile-phones").folder != nil)
        #expect(try await fixture.release("trips").folder != nil)
        let folder = "content/policies/mobile-phones/versions/2.3/"
        let policy = try Data(contentsOf: fixture.url(folder + "policy.md"))
        let rules = try Data(contentsOf: fixture.url(folder + "rules.yml"))
        let whole = Fingerprint(wholeFiles: policy, rules: rules)
        #expect(whole != Fingerprint(policy: policy, rules: rules))
        let date = try #require(CalendarDate("2024-07-01"))
        try fixture.write(folder + "edition.yml", EditionRecordLoader.text(
            version: "2.3", released: date, fingerprint: whole,
            files: [("policy.md", Fingerprint.sha256(policy)), ("rules.yml", Fingerprint.sha256(rules))]))

        let checked = await HandbookBuild.check(content: fixture.content)
        // The sample's accessibility statement has no contact, which `check` reminds of whatever else changed.
        #expect(checked.diagnostics.allSatisfy { $0.code == "accessibility-contact" }, "\(checked.diagnostics.printed)")
        // Filed elsewhere since: still nothing to release, and the page shows the new place.
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "description: When children may bring a phone.",
                            with: "description: Phones at school.")
        #expect(await HandbookBuild.check(content: fixture.content).diagnostics.allSatisfy { $0.code == "accessibility-contact" })
        let built = await fixture.build()
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        #expect(try fixture.read("site/policies/mobile-phones/index.html").contains(whole.short))
        #expect(try fixture.read("site/families/index.html").contains("Phones at school."))

        // A change to what it says is still noticed.
        try fixture.replace(in: folder + "policy.md", "Children may bring", with: "Pupils may bring")
        let tampered = await HandbookBuild.check(content: fixture.content)
        #expect(tampered.diagnostics.printed.contains(
            "\(fixture.content)/policies/mobile-phones/versions/2.3/policy.md: error: policy.md of released edition 2.3 changed after it was released"),
                "\(tampered.diagnostics.printed)")
    }
}
