@testable import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// The checks of a policy folder's releases, each run by itself on releases made in memory from
/// the sample's working copy.
struct PolicyCheckTests {
    /// A release of `policy` as `handbook release` records it, under the trips folder.
    private func release(_ policy: Policy, _ version: String, on date: String, fixture: Fixture) throws -> ReleasedEdition {
        var released = policy
        released.edition.version = version
        return ReleasedEdition(version: try #require(VersionNumber(version)), released: try #require(CalendarDate(date)),
                               recordedFingerprint: policy.fingerprint.hex,
                               recordedFiles: ["policy.md": policy.fileHashes.policy, "rules.yml": policy.fileHashes.rules],
                               policy: released, recordPath: recordPath(version, fixture), sealIntact: true)
    }

    private func recordPath(_ version: String, _ fixture: Fixture) -> String {
        fixture.content + "/policies/trips/versions/\(version)/edition.yml"
    }

    private func subject(_ fixture: Fixture, releases: (Policy) throws -> [ReleasedEdition]) throws -> PolicySubject {
        var subject = try LoadedContent(fixture).policy("trips")
        subject.entry = PolicyEntry(id: "trips", working: subject.entry.working, releases: try releases(subject.entry.working))
        return subject
    }

    @Test func intactReleasesOfTheWorkingCopyGiveNoFindings() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let subject = try self.subject(fixture) { working in
            [try release(working, "0.9", on: "2024-01-10", fixture: fixture),
             try release(working, "1.0", on: "2024-02-10", fixture: fixture)]
        }
        #expect(ReleasesCheck().run(subject).isEmpty)
        #expect(UnreleasedCheck().run(subject).isEmpty)
    }

    // MARK: releases

    @Test func aChangedReleasedFileIsNamed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let subject = try self.subject(fixture) { working in
            var changed = try release(working, "1.0", on: "2024-01-10", fixture: fixture)
            changed.recordedFingerprint = String(repeating: "0", count: 64)
            changed.recordedFiles["rules.yml"] = String(repeating: "0", count: 64)
            return [changed]
        }
        let folder = fixture.content + "/policies/trips/versions/1.0"
        #expect(ReleasesCheck().run(subject) == [
            .error(at: SourceLocation(file: folder + "/rules.yml"),
                   "rules.yml of released edition 1.0 changed after it was released; released editions cannot be changed; make a new version",
                   hint: "copy the released files in \(folder) back from your backup, or ask whoever set up the handbook to restore them; then make the change in the policy's own policy.md or rules.yml and release it as a new version",
                   code: "releases"),
        ])
    }

    @Test func aRecordForAnotherVersionIsAnErrorAtItsLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = recordPath("1.0", fixture)
        let subject = try self.subject(fixture) { working in
            var copied = try release(working, "1.0", on: "2024-01-10", fixture: fixture)
            copied.recordedVersion = Located("0.9", at: SourceLocation(file: path, line: 2, column: 10))
            return [copied]
        }
        let folder = fixture.content + "/policies/trips/versions/1.0"
        #expect(ReleasesCheck().run(subject) == [
            .error(at: SourceLocation(file: path, line: 2, column: 10),
                   "edition.yml says this is edition 0.9, but its folder is versions/1.0",
                   hint: "a released edition's folder is never copied or renamed; released editions are written by `handbook release`, never by hand: copy \(folder) back from your backup, or ask whoever set up the handbook to restore it; delete it only if it was never released",
                   code: "releases"),
        ])
    }

    @Test func aRenamedRuleIdWarnsAtTheNewIdThatSignaturesAndLinksFollowIds() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/rules.yml", "- id: consent", with: "- id: written-consent")
        let line = try fixture.line(of: "- id: written-consent", in: "content/policies/trips/rules.yml")
        let subject = try self.subject(fixture) { working in
            var before = working
            before.rules[1].id.value = "consent"
            return [try release(before, "1.0", on: "2024-01-10", fixture: fixture)]
        }
        #expect(ReleasesCheck().run(subject) == [
            .warning(at: SourceLocation(file: fixture.content + "/policies/trips/rules.yml", line: line, column: 7),
                     "the rule `written-consent` is not in edition 1.0, and `consent` is no longer here; signatures and links follow rule ids, so a renamed rule loses the signatures given for it and the links to it",
                     hint: "if it is `consent` with new words, keep its old id: `id: consent`; if it is a new rule, leave it: this warning stops once the edition is released",
                     code: "releases"),
        ])
    }

    @Test func aRuleOnlyAddedOrOnlyRemovedIsNoRename() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let added = try self.subject(fixture) { working in
            var before = working
            before.rules.removeLast()
            return [try release(before, "1.0", on: "2024-01-10", fixture: fixture)]
        }
        #expect(ReleaseChecks.renamedRules(added.entry).isEmpty)
        let removed = try self.subject(fixture) { working in
            var before = working
            var extra = working.rules[1]
            extra.id.value = "photographs"
            before.rules.append(extra)
            return [try release(before, "1.0", on: "2024-01-10", fixture: fixture)]
        }
        #expect(ReleaseChecks.renamedRules(removed.entry).isEmpty)
    }

    @Test func releaseDatesCannotGoBackwards() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let subject = try self.subject(fixture) { working in
            var later = try release(working, "1.0", on: "2023-12-01", fixture: fixture)
            later.releasedLocation = SourceLocation(file: recordPath("1.0", fixture), line: 3, column: 11)
            return [try release(working, "0.9", on: "2024-01-10", fixture: fixture), later]
        }
        let folder = fixture.content + "/policies/trips/versions/1.0"
        #expect(ReleasesCheck().run(subject) == [
            .error(at: SourceLocation(file: recordPath("1.0", fixture), line: 3, column: 11),
                   "edition 1.0 says it was released on 1 December 2023, before edition 0.9 (10 January 2024)",
                   hint: "released editions are written by `handbook release`, never by hand: copy \(folder) back from your backup, or ask whoever set up the handbook to restore it; delete it only if it was never released",
                   code: "releases"),
        ])
    }

    // MARK: unreleased

    @Test func aPolicyNeverReleasedIsNotPublished() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let subject = try self.subject(fixture) { _ in [] }
        #expect(UnreleasedCheck().run(subject) == [
            .warning(at: SourceLocation(file: fixture.file("content/policies/trips/policy.md"), line: 1),
                     "`trips` has no released edition yet, so it is not published; `build --drafts` and `serve --drafts` show it marked as a draft",
                     hint: "when it is approved, run `handbook release trips --version 1.0`", code: "unreleased"),
        ])
        #expect(ReleasesCheck().run(subject).isEmpty)
    }

    @Test func changesNoReleaseHoldsNameTheNextVersion() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let subject = try self.subject(fixture) { working in
            var older = working
            older.fingerprint = Fingerprint(hex: String(repeating: "1", count: 64))
            older.textFingerprint = older.fingerprint
            var released = try release(older, "1.0", on: "2024-01-10", fixture: fixture)
            released.recordedFingerprint = older.fingerprint.hex
            return [released]
        }
        #expect(UnreleasedCheck().run(subject) == [
            .warning(at: SourceLocation(file: fixture.file("content/policies/trips/policy.md"), line: 1),
                     "policy.md or rules.yml has changes that are not released, so the site still shows edition 1.0",
                     hint: "when the changes are approved, set `version: \"1.1\"` in policy.md and run `handbook release trips --version 1.1`; to preview them, run `handbook serve --drafts`",
                     code: "unreleased"),
        ])
        #expect(ReleasesCheck().run(subject).isEmpty)
    }
}
