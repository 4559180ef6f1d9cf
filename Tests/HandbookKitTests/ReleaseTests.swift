import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// `handbook release`, `handbook diff` and how released editions are published.
struct ReleaseTests {
    @Test func releaseFreezesTheFilesWithTheirFingerprint() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = try await fixture.release("trips")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.printed)")
        let fingerprint = try #require(result.fingerprint)
        #expect(result.doneMessage(policy: "trips")
                == "Released trips as \(fixture.content)/policies/trips/versions/1.0/ (fingerprint \(fingerprint.short)). Run `handbook build` to publish it.")
        #expect(try fixture.read("content/policies/trips/versions/1.0/policy.md") == SampleContent.tripsPolicy)
        #expect(try fixture.read("content/policies/trips/versions/1.0/rules.yml") == SampleContent.tripsRules)
        let record = try fixture.read("content/policies/trips/versions/1.0/edition.yml")
        #expect(record.contains("version: \"1.0\"\nreleased: 2024-07-01\napproved-on: 2023-12-05\nminute: \"FGB 5 December 2023, item 6\"\nfingerprint: "))
        #expect(record.contains("  policy.md: ") && record.contains("  rules.yml: "))
    }

    @Test func releasingTheSameVersionTwiceIsRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        let again = try await fixture.release("trips")
        #expect(again.diagnostics.hasErrors && again.doneMessage(policy: "trips") == nil)
        #expect(again.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md:3:10: error: edition 1.0 of `trips` is already released, and released editions cannot be changed"))
        #expect(again.diagnostics.printed.contains("hint: give this edition a new version number, such as 1.1"))
        #expect(try fixture.read("content/policies/trips/versions/1.0/policy.md") == SampleContent.tripsPolicy)
    }

    @Test func aLowerVersionOrAContentErrorIsRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones").folder != nil)
        let versionLine = try fixture.line(of: "version:", in: "content/policies/mobile-phones/policy.md")

        let unchanged = try await fixture.release("mobile-phones", version: "2.4")
        #expect(unchanged.diagnostics.hasErrors)
        #expect(unchanged.diagnostics.printed.contains("\(fixture.content)/policies/mobile-phones/policy.md:\(versionLine):10: error: policy.md says `version: \"2.3\"`, but you asked to release 2.4"))

        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "kind: info", with: "kind: note")
        let broken = try await fixture.release("mobile-phones")
        #expect(broken.diagnostics.hasErrors)
        let kindLine = try fixture.line(of: "kind: note", in: "content/policies/mobile-phones/rules.yml")
        #expect(broken.diagnostics.printed.contains("\(fixture.content)/policies/mobile-phones/rules.yml:\(kindLine):9: error: `note` is not a kind of rule"))
        #expect(broken.diagnostics.printed.contains("\(fixture.content): error: nothing was released because the content has an error"))
        #expect(!FileManager.default.fileExists(atPath: fixture.content + "/policies/mobile-phones/versions/2.4"))

        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "kind: note", with: "kind: info")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.4\"", with: "version: \"2.2\"")
        let lower = try await fixture.release("mobile-phones")
        #expect(lower.diagnostics.hasErrors)
        #expect(lower.diagnostics.printed.contains("\(fixture.content)/policies/mobile-phones/policy.md:\(versionLine):10: error: 2.2 is lower than the last released edition, 2.3"))

        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.2\"", with: "version: \"2.4\"")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "review-by: 2025-01-08", with: "review-by: 2026-01-08")
        #expect(try await fixture.release("mobile-phones").folder != nil)
    }

    @Test func tamperingWithAReleasedFileFailsTheBuildNamingFileAndEdition() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        #expect(await fixture.build().succeeded)
        let before = snapshotTree(fixture.output)
        try fixture.replace(in: "content/policies/trips/versions/1.0/rules.yml", "Write a risk assessment",
                            with: "Write a short risk assessment")
        let result = await fixture.build()
        #expect(!result.succeeded)
        #expect(result.diagnostics.printed.contains("\(fixture.content)/policies/trips/versions/1.0/rules.yml: error: rules.yml of released edition 1.0 changed after it was released; released editions cannot be changed; make a new version"))
        #expect(snapshotTree(fixture.output) == before)
    }

    @Test func oldEditionsKeepTheirAddressAndTextAfterANewRelease() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        #expect(await fixture.build().succeeded)
        let first = try fixture.read("site/policies/trips/1.0/index.html")
        #expect(!first.contains("This is not the current edition"))

        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"\nmaterial: false")
        try fixture.replace(in: "content/policies/trips/policy.md", "risk assessment.", with: "risk assessment, kept on file.")
        #expect(try await fixture.release("trips").folder != nil)
        #expect(await fixture.build().succeeded)

        let old = try fixture.read("site/policies/trips/1.0/index.html")
        #expect(old.contains("This is not the current edition"))
        #expect(old.contains("Every visit is planned with a written risk assessment.</p>"))
        #expect(policyText(old) == policyText(first))
        let current = try fixture.read("site/policies/trips/index.html")
        #expect(current.contains("risk assessment, kept on file."))
        #expect(current.contains("Corrections only: anyone who signed edition 1.0 does not need to sign again for edition 1.1."))
        let changes = try fixture.read("site/policies/trips/changes/index.html")
        #expect(changes.contains("<ins><span class=\"diff-label\">added: </span>assessment, kept on file.</ins>"))
        #expect(changes.contains("<del><span class=\"diff-label\">removed: </span>assessment.</del>"))
    }

    @Test func unreleasedChangesAreNotPublishedExceptAsAMarkedDraft() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        let build = await fixture.build()
        #expect(build.succeeded)
        #expect(build.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md:1: warning: policy.md or rules.yml has changes that are not released, so the site still shows edition 1.0"))
        #expect(build.diagnostics.printed.contains("run `handbook release trips --version 1.1`"))
        #expect(!(try fixture.read("site/policies/trips/index.html")).contains("carefully"))

        let draft = await fixture.build(drafts: true)
        #expect(draft.succeeded)
        let page = try fixture.read("site/policies/trips/index.html")
        #expect(page.contains("carefully"))
        #expect(page.contains("Draft, not yet released."))
        #expect(try fixture.read("site/families/trips/index.html").contains("Draft, not yet released."))
    }

    @Test func diffPrintsTheChanges() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent", with: "Parents give consent")
        try fixture.replace(in: "content/policies/trips/rules.yml", "quote: \"Families give consent", with: "quote: \"Parents give consent")
        #expect(try await fixture.release("trips").folder != nil)
        let diff = EditionDiff.run(policy: "trips", from: "1.0", to: "1.1", content: fixture.content)
        #expect(diff.diagnostics.isEmpty, "\(diff.diagnostics.printed)")
        let text = try #require(diff.text)
        #expect(text.contains("Changes from edition 1.0 to 1.1"))
        #expect(text.contains("  changed: consent\n    Policy wording:\n      was: Families give consent for each visit in writing.\n      now: Parents give consent for each visit in writing."))
        #expect(text.contains("[-Families-] {+Parents+} give consent for each visit in writing."))
        let unknown = EditionDiff.run(policy: "trips", from: "0.9", to: "1.1", content: fixture.content)
        #expect(unknown.diagnostics.hasErrors && unknown.text == nil)
        #expect(unknown.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md: error: `trips` has no released edition 0.9\n    hint: the editions are `1.0`, `1.1`, `current`"))
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
        let result = EditionDiff.run(policy: "trips", from: nil, to: nil, content: fixture.content)
        #expect(result.text?.contains("`trips` has one edition and no changes since it, so there is nothing to compare yet.") == true)
        #expect(result.diagnostics.isEmpty)
        let unknown = EditionDiff.run(policy: "trip", from: nil, to: nil, content: fixture.content)
        #expect(unknown.diagnostics.printed.contains("\(fixture.content)/policies: error: there is no policy `trip`"))
        #expect(unknown.diagnostics.printed.contains("did you mean `trips`?"))
    }

    @Test func versionsThatNameTheSameNumberAreRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.01\"")
        let leading = try await fixture.release("trips", date: "2024-01-01")
        #expect(leading.diagnostics.hasErrors && leading.folder == nil)
        #expect(leading.diagnostics.printed.contains("\(fixture.content)/policies/trips/policy.md:3:10: error: `1.01` is not a version number"))
    }

    @Test func relativeLinksInPolicyTextWorkInEveryReleasedEdition() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent for each visit in writing.",
                            with: "Families give consent for each visit in writing.\n\nRead the [accessibility statement](../../accessibility/index.html) and [Café rules](#café-rules).\n\n## Café rules\n\nNo food on the coach.")
        #expect(try await fixture.release("trips", date: "2024-01-01").folder != nil)
        let result = await fixture.build()
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        #expect(try fixture.read("site/policies/trips/index.html").contains("href=\"../../accessibility/index.html\""))
        #expect(try fixture.read("site/policies/trips/1.0/index.html").contains("href=\"../../../accessibility/index.html\""))
        #expect(try fixture.read("site/policies/trips/1.0/index.html").contains("id=\"café-rules\""))
    }
}
