import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport
import Testing

/// `handbook release`, `handbook diff` and how released editions are published.
struct ReleaseTests {
    private func release(_ fixture: Fixture, _ policy: String, _ extra: [String] = []) throws -> HandbookRunner.Result {
        try HandbookRunner.run(["release", policy, "--content", "content", "--date", "2024-07-01"] + extra, in: fixture.root)
    }

    @Test func releaseFreezesTheFilesWithTheirFingerprint() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = try release(fixture, "trips")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Released trips as content/policies/trips/versions/1.0/"))
        #expect(try fixture.read("content/policies/trips/versions/1.0/policy.md") == SampleContent.tripsPolicy)
        #expect(try fixture.read("content/policies/trips/versions/1.0/rules.yml") == SampleContent.tripsRules)
        let record = try fixture.read("content/policies/trips/versions/1.0/edition.yml")
        #expect(record.contains("version: \"1.0\"\nreleased: 2024-07-01\nfingerprint: "))
        #expect(record.contains("  policy.md: ") && record.contains("  rules.yml: "))
    }

    @Test func releasingTheSameVersionTwiceIsRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try release(fixture, "trips").status == 0)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        let again = try release(fixture, "trips")
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/policies/trips/policy.md:3:10: error: edition 1.0 of `trips` is already released, and released editions cannot be changed"))
        #expect(again.stderr.contains("hint: give this edition a new version number, such as 1.1"))
        #expect(try fixture.read("content/policies/trips/versions/1.0/policy.md") == SampleContent.tripsPolicy)
    }

    @Test func aLowerVersionOrAContentErrorIsRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try release(fixture, "mobile-phones").status == 0)

        let unchanged = try release(fixture, "mobile-phones", ["--version", "2.4"])
        #expect(unchanged.status == 1)
        #expect(unchanged.stderr.contains("error: policy.md says `version: \"2.3\"`, but you asked to release 2.4"))

        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "kind: info", with: "kind: note")
        let broken = try release(fixture, "mobile-phones")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("error: `note` is not a kind of rule"))
        #expect(broken.stderr.contains("content: error: nothing was released because the content has errors"))
        #expect(!FileManager.default.fileExists(atPath: fixture.content + "/policies/mobile-phones/versions/2.4"))

        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "kind: note", with: "kind: info")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.4\"", with: "version: \"2.2\"")
        let lower = try release(fixture, "mobile-phones")
        #expect(lower.status == 1)
        #expect(lower.stderr.contains("error: 2.2 is lower than the last released edition, 2.3"))

        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.2\"", with: "version: \"2.4\"")
        #expect(try release(fixture, "mobile-phones").status == 0)
    }

    @Test func tamperingWithAReleasedFileFailsTheBuildNamingFileAndEdition() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try release(fixture, "trips").status == 0)
        #expect(try HandbookRunner.build(fixture).status == 0)
        let before = snapshotTree(fixture.output)
        try fixture.replace(in: "content/policies/trips/versions/1.0/rules.yml", "Write a risk assessment",
                            with: "Write a short risk assessment")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/policies/trips/versions/1.0/rules.yml: error: rules.yml of released edition 1.0 changed after it was released; released editions cannot be changed; make a new version"))
        #expect(snapshotTree(fixture.output) == before)
    }

    @Test func oldEditionsKeepTheirAddressAndTextAfterANewRelease() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try release(fixture, "trips").status == 0)
        #expect(try HandbookRunner.build(fixture).status == 0)
        let first = try fixture.read("site/policies/trips/1.0/index.html")
        #expect(!first.contains("This is not the current edition"))

        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"\nmaterial: false")
        try fixture.replace(in: "content/policies/trips/policy.md", "risk assessment.", with: "risk assessment, kept on file.")
        #expect(try release(fixture, "trips").status == 0)
        #expect(try HandbookRunner.build(fixture).status == 0)

        let old = try fixture.read("site/policies/trips/1.0/index.html")
        #expect(old.contains("This is not the current edition"))
        #expect(old.contains("Every visit is planned with a written risk assessment.</p>"))
        #expect(policyText(old) == policyText(first))
        let current = try fixture.read("site/policies/trips/index.html")
        #expect(current.contains("risk assessment, kept on file."))
        #expect(current.contains("Corrections only: a signature for edition 1.0 still covers edition 1.1."))
        let changes = try fixture.read("site/policies/trips/changes/index.html")
        #expect(changes.contains("<ins><span class=\"diff-label\">added: </span>assessment, kept on file.</ins>"))
        #expect(changes.contains("<del><span class=\"diff-label\">removed: </span>assessment.</del>"))
    }

    @Test func unreleasedChangesAreNotPublishedExceptAsAMarkedDraft() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try release(fixture, "trips").status == 0)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        let build = try HandbookRunner.build(fixture)
        #expect(build.status == 0)
        #expect(build.stderr.contains("content/policies/trips/policy.md:1: warning: policy.md or rules.yml has changes that are not released, so the site still shows edition 1.0"))
        #expect(build.stderr.contains("run `handbook release trips --version 1.1`"))
        #expect(!(try fixture.read("site/policies/trips/index.html")).contains("carefully"))

        let draft = try HandbookRunner.build(fixture, extra: ["--drafts"])
        #expect(draft.status == 0)
        let page = try fixture.read("site/policies/trips/index.html")
        #expect(page.contains("carefully"))
        #expect(page.contains("Draft, not yet released."))
        #expect(try fixture.read("site/families/trips/index.html").contains("Draft, not yet released."))
    }

    @Test func diffPrintsTheChanges() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try release(fixture, "trips").status == 0)
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent", with: "Parents give consent")
        try fixture.replace(in: "content/policies/trips/rules.yml", "quote: \"Families give consent", with: "quote: \"Parents give consent")
        #expect(try release(fixture, "trips").status == 0)
        let diff = try HandbookRunner.run(["diff", "trips", "1.0", "1.1", "--content", "content"], in: fixture.root)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("Changes from edition 1.0 to 1.1"))
        #expect(diff.stdout.contains("  changed: consent\n    Policy wording:\n      was: Families give consent for each visit in writing.\n      now: Parents give consent for each visit in writing."))
        #expect(diff.stdout.contains("[-Families-] {+Parents+} give consent for each visit in writing."))
        let unknown = try HandbookRunner.run(["diff", "trips", "0.9", "1.1", "--content", "content"], in: fixture.root)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("error: `trips` has no released edition 0.9"))
    }

    private func policyText(_ html: String) -> Substring {
        guard let start = html.range(of: "<div class=\"policy-text\""), let end = html.range(of: "</div>\n<nav class=\"editions\"") else {
            return ""
        }
        return html[start.lowerBound..<end.lowerBound]
    }

    @Test func diffWithOneEditionSaysThereIsNothingToCompare() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = try HandbookRunner.run(["diff", "trips", "--content", "content"], in: fixture.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("`trips` has one edition and no changes since it, so there is nothing to compare yet."))
        #expect(result.stderr.isEmpty)
        let unknown = try HandbookRunner.run(["diff", "trip", "--content", "content"], in: fixture.root)
        #expect(unknown.stderr.contains("content/policies: error: there is no policy `trip`"))
        #expect(unknown.stderr.contains("did you mean `trips`?"))
    }

    @Test func versionsThatNameTheSameNumberAreRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.01\"")
        let leading = try HandbookRunner.run(["release", "trips", "--content", "content", "--date", "2024-01-01"], in: fixture.root)
        #expect(leading.status == 1)
        #expect(leading.stderr.contains("error: `1.01` is not a version number"))
    }

    @Test func relativeLinksInPolicyTextWorkInEveryReleasedEdition() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent for each visit in writing.",
                            with: "Families give consent for each visit in writing.\n\nRead the [accessibility statement](../../accessibility/index.html) and [Café rules](#café-rules).\n\n## Café rules\n\nNo food on the coach.")
        #expect(try HandbookRunner.run(["release", "trips", "--content", "content", "--date", "2024-01-01"], in: fixture.root).status == 0)
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try fixture.read("site/policies/trips/index.html").contains("href=\"../../accessibility/index.html\""))
        #expect(try fixture.read("site/policies/trips/1.0/index.html").contains("href=\"../../../accessibility/index.html\""))
        #expect(try fixture.read("site/policies/trips/1.0/index.html").contains("id=\"café-rules\""))
    }
}
