import Foundation
@testable import HandbookChecks
import HandbookModel
import HandbookTestSupport
import Testing

/// The registry: every check named once, and every finding about the content coded with the
/// name of the check that made it.
struct CheckRegistryTests {
    @Test func everyCheckHasItsOwnKebabCaseName() {
        let names = CheckRegistry.allNames
        #expect(names == ["handbook-files", "audiences", "glossary", "categories", "base-url", "placeholders", "policies",
                          "pupil-shared-words", "policy-files", "releases",
                          "unreleased", "pupil-words", "translations", "readability", "hard-word", "rules", "summaries-to-write",
                          "promise-wording", "unpublished-content", "missing-policy", "category-and-related",
                          "statutory-ids", "draft-placeholders", "quotes", "statutory-checklist",
                          "review-due", "contact"])
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy(ContentPaths.isValidID))
        #expect(ReleaseChecks.reminderCode == "unreleased")
        #expect(ReviewChecks.code == "review-due")
    }

    @Test func theReadmeListsEveryCheck() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let missing = CheckRegistry.allNames.filter { !readme.contains("| `\($0)` |") }
        #expect(missing.isEmpty, "README.md does not list these checks")
    }

    /// Content with something for every check to find, read and checked as `handbook check` does.
    @Test func everyFindingAboutBadContentIsCodedWithARegisteredName() async throws {
        let sample = try Fixture()
        defer { sample.remove() }
        try breakSample(sample)
        let shipped = try Fixture(files: [:])
        defer { shipped.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: shipped.url("content"))
        try shipped.replace(in: "content/policies/social-media/versions/1.0/policy.md", "title: Social Media Policy",
                            with: "title: The Social Media Policy")
        // A language offered that the released policy is not translated into.
        try shipped.replace(in: "content/handbook.yml", "school: Hasland Junior School",
                            with: "school: Hasland Junior School\nlanguages:\n  - id: pl\n    name: Polski")

        // A handbook as `handbook init` leaves it: a value still to fill in, and no policies.
        let new = try Fixture(files: ["handbook.yml": SampleContent.handbook + "pupil-help:\n  trusted-adults: [\"FILL IN: an adult\"]\n"])
        defer { new.remove() }

        var found: [Diagnostic] = []
        let today = try #require(CalendarDate("2100-01-01"))
        for content in [sample.content, shipped.content, new.content] {
            let checked = await ContentChecker.checkAll(content, drafts: false)
            found += checked.diagnostics
            found += checked.policies.flatMap { ReviewChecks.check($0.current.policy.edition, policy: $0.id, today: today) }
            if let config = checked.handbook?.config {
                found += StatutoryChecks.check(ChecklistSubject(config: config, claims: checked.policies.map(\.statutoryClaim)))
                found += CheckRegistry.contact.run(config)
            }
        }
        let uncoded = found.filter { $0.code.map { !CheckRegistry.allNames.contains($0) } ?? true }
        #expect(uncoded.isEmpty, "\(uncoded.map { "\($0.code ?? "no code"): \($0.message)" })")
        let codes = Set(found.compactMap(\.code))
        #expect(codes == Set(CheckRegistry.allNames), "not found: \(Set(CheckRegistry.allNames).subtracting(codes).sorted())")
    }

    private func breakSample(_ fixture: Fixture) throws {
        let handbook = "content/handbook.yml"
        try fixture.replace(in: handbook, "max-grade: 9", with: "max-grade: nine")
        try fixture.replace(in: handbook, "    kind: staff\n", with: "    kind: staff\n  - id: search\n    name: Searchers\n    kind: staff\n")
        try fixture.replace(in: handbook, "title: School policies",
                            with: "title: School policies\nbase-url: handbook.example.org\ncategories:\n  - id: Keeping Safe\n    name: Keeping safe")
        try fixture.write("content/glossary.yml", "- term: consent\n  definitions:\n    famlies: Saying yes.\n")
        try fixture.write(handbook, try fixture.read(handbook)
                          + "pupil-help:\n  says: Tell a trustworthy, responsible grown-up immediately whenever something upsetting happens.\n  trusted-adults: [Your teacher]\n")

        let text = "content/policies/mobile-phones/policy.md", rules = "content/policies/mobile-phones/rules.yml"
        try fixture.replace(in: text, "material: true",
                            with: "material: true\ncategory: safety\nrelated: [mobile-phones]\nstatutory: [behavior, behaviour]\npupil-headings:\n  chidren: Your phone")
        try fixture.write(text, try fixture.read(text) + "\n<script>alert(1)</script>\n\nSee [the bullying policy](anti-bullying).\n")
        try fixture.replace(in: rules, "quote: \"Phones must be switched off\"", with: "quote: \"Phones must be switched on\"")
        try fixture.replace(in: rules, "- id: emergencies", with: "- id: Emergencies")
        try fixture.replace(in: rules, "key-stage-1: I give my phone in at the gate.",
                            with: "key-stage-1: I will give my telephone to the administrative assistant immediately on arrival.")
        try fixture.replace(in: rules, "key-stage-2: I will turn my phone off before I hand it in.",
                            with: "key-stage-2: Phones must be off before they are handed in.")
        try fixture.write("content/policies/broken/policy.md", SampleContent.tripsPolicy)
        // A policy never released, with a summary still to write and its owner still to fill in.
        try fixture.replace(in: "content/policies/trips/rules.yml", "    families: Give written consent before each visit.\n", with: "")
        try fixture.replace(in: text, "owner: Deputy Headteacher", with: "owner: \"FILL IN: who looks after it\"")
    }
}
