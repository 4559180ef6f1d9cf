import Foundation
import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Checks that released editions are as they were released, and says when the working copy has
/// changes that no release holds yet.
public enum ReleaseChecks {
    /// The code of warnings that only say a release is still to be made.
    public static var reminderCode: String { UnreleasedCheck().name }

    /// Released editions changed since their release, records that do not match their folder,
    /// release dates out of order, and rules that look renamed since the last release.
    public static func problems(_ entry: PolicyEntry) -> [Diagnostic] {
        var diagnostics = renamedRules(entry)
        for release in entry.releases where !release.isIntact {
            diagnostics.append(tampered(release))
        }
        diagnostics += entry.releases.flatMap(recordProblems)
        diagnostics += entry.releases.flatMap(ApprovalChecks.recordProblems)
        for (earlier, later) in zip(entry.releases, entry.releases.dropFirst()) where later.released < earlier.released {
            diagnostics.append(.error(at: later.releasedLocation,
                                      "edition \(later.version) says it was released on \(later.released.longForm), before edition \(earlier.version) (\(earlier.released.longForm))",
                                      hint: EditionRecordLoader.restoreHint(later.recordPath)))
        }
        return diagnostics
    }

    /// Changes to the working copy that no release holds yet, or no release at all.
    public static func reminders(_ entry: PolicyEntry) -> [Diagnostic] {
        guard entry.hasUnreleasedChanges else { return [] }
        return releaseReminders(entry) + ApprovalChecks.reminders(entry.working)
    }

    private static func releaseReminders(_ entry: PolicyEntry) -> [Diagnostic] {
        if let latest = entry.latestRelease, entry.working.edition.version != latest.version.text,
           entry.working.differsOnlyInVersion(from: latest.policy) {
            return [.warning(
                at: entry.working.edition.versionLocation,
                "policy.md says version \(entry.working.edition.version), but nothing else has changed since edition \(latest.version), so there is nothing to release",
                hint: "put back `version: \"\(latest.version)\"` until the new edition's changes are written and approved")]
        }
        if let latest = entry.latestRelease {
            let next = suggestedVersion(working: entry.working.edition.version, after: latest.version)
            return [.warning(
                at: SourceLocation(file: entry.working.policyPath, line: 1),
                "policy.md or rules.yml has changes that are not released, so the site still shows edition \(latest.version)",
                hint: "when the changes are approved, set `version: \"\(next)\"` in policy.md and run `handbook release \(entry.id) --version \(next)`; to preview them, run `handbook serve --drafts`")]
        }
        return [.warning(
            at: SourceLocation(file: entry.working.policyPath, line: 1),
            "`\(entry.id)` has no released edition yet, so it is not published; `build --drafts` and `serve --drafts` show it marked as a draft",
            hint: "when it is approved, run `handbook release \(entry.id) --version \(entry.working.edition.version)`")]
    }

    /// A rule id in the newest release that the working rules.yml no longer has, while a rule
    /// with a new id appears: most likely a renamed id, which cuts the rule off from what was
    /// signed for it and from links to it. Said at each new rule, which is where it is fixed.
    package static func renamedRules(_ entry: PolicyEntry) -> [Diagnostic] {
        guard let latest = entry.latestRelease else { return [] }
        let released = latest.policy.rules.map(\.id.value)
        let working = Set(entry.working.rules.map(\.id.value))
        let gone = released.filter { !working.contains($0) }
        guard !gone.isEmpty else { return [] }
        let releasedSet = Set(released)
        return entry.working.rules.filter { !releasedSet.contains($0.id.value) }.map { rule in
            let new = rule.id.value
            let old = Suggestion.closest(to: new, among: gone) ?? (gone.count == 1 ? gone[0] : nil)
            let goneList = gone.map { "`\($0)`" }.joined(separator: ", ")
            let gonePart = old.map { "`\($0)` is no longer here" }
                ?? "\(goneList) \(gone.count == 1 ? "is" : "are") no longer here"
            return .warning(at: rule.id.location,
                            "the rule `\(new)` is not in edition \(latest.version), and \(gonePart); signatures and links follow rule ids, so a renamed rule loses the signatures given for it and the links to it",
                            hint: "if it is " + (old.map { "`\($0)` with new words, keep its old id: `id: \($0)`" } ?? "one of these with new words, keep that rule's old id")
                                + "; if it is a new rule, leave it: this warning stops once the edition is released")
        }
    }

    /// A record that does not match its folder: a copied folder, or an edited edition.yml.
    private static func recordProblems(_ release: ReleasedEdition) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let hint = EditionRecordLoader.restoreHint(release.recordPath)
        if release.recordedVersion.value != release.version.text {
            problems.append(.error(at: release.recordedVersion.location,
                                   "edition.yml says this is edition \(release.recordedVersion.value), but its folder is versions/\(release.version)",
                                   hint: "a released edition's folder is never copied or renamed; " + hint))
        } else if release.policy.edition.version != release.version.text {
            problems.append(.error(at: release.policy.edition.versionLocation,
                                   "this policy.md says `version: \"\(release.policy.edition.version)\"`, but its folder is versions/\(release.version)",
                                   hint: "a released edition's folder is never copied or renamed; " + hint))
        }
        if release.sealIntact == false {
            problems.append(.error(at: SourceLocation(file: release.recordPath),
                                   "edition.yml of released edition \(release.version) was changed after it was released",
                                   hint: "its version, dates, approval and fingerprints are part of the record that staff signed against; " + hint))
        }
        return problems
    }

    /// Names the file that changed, using the per-file hashes in edition.yml.
    package static func tampered(_ release: ReleasedEdition) -> Diagnostic {
        let folder = ContentPaths.folder(of: release.recordPath)
        let changed = changedFiles(release)
        let file = changed.first.map { release.recordPath.replacingOccurrences(of: "edition.yml", with: $0) }
            ?? release.recordPath
        let which = changed.isEmpty ? "its files" : changed.joined(separator: " and ")
        return .error(at: SourceLocation(file: file),
                      "\(which) of released edition \(release.version) changed after it was released; released editions cannot be changed; make a new version",
                      hint: "copy the released files in \(folder) back from your backup, or ask whoever set up the handbook to restore them; then make the change in the policy's own policy.md or rules.yml and release it as a new version")
    }

    private static func changedFiles(_ release: ReleasedEdition) -> [String] {
        var changed: [String] = []
        if let hash = release.recordedFiles["policy.md"], hash != release.policy.fileHashes.policy { changed.append("policy.md") }
        if let hash = release.recordedFiles["rules.yml"], hash != release.policy.fileHashes.rules { changed.append("rules.yml") }
        return changed
    }

    /// The working copy's own version when it is newer than the last release; otherwise the last
    /// release with its final number raised by one.
    package static func suggestedVersion(working: String, after latest: VersionNumber) -> String {
        if let version = VersionNumber(working), latest < version { return version.text }
        return latest.nextMinor.text
    }
}
