import HandbookContent
import HandbookModel

/// Whether the working copy of a policy may be released as a given version: the rules a release
/// keeps, beside the checks of editions already released.
public enum ReleaseRefusal {
    /// Why this version cannot be released, if it cannot.
    public static func refusal(_ entry: PolicyEntry, version: String) -> Diagnostic? {
        let working = entry.working
        let here = working.edition.versionLocation
        guard let number = VersionNumber(version) else {
            return .error(at: here, "`\(version)` is not a version number",
                          hint: "write the version as \(VersionNumber.grammar), such as `\(VersionSuggestion.repair(version))`")
        }
        if version != working.edition.version {
            return .error(at: here, "policy.md says `version: \"\(working.edition.version)\"`, but you asked to release \(version)",
                          hint: "set `version: \"\(version)\"` in policy.md's front matter first, or leave out --version")
        }
        if let latest = entry.latestRelease, !entry.hasUnreleasedChanges {
            return .error(at: here, "nothing to release: `\(entry.id)` says the same as edition \(latest.version)",
                          hint: "a change to \(placement) alone needs no release: run `handbook build` and it shows; to release other changes, make and approve them first")
        }
        if entry.release(version) != nil || entry.releases.contains(where: { !($0.version < number) && !(number < $0.version) }) {
            return .error(at: here, "edition \(version) of `\(entry.id)` is already released, and released editions cannot be changed",
                          hint: "give this edition a new version number, such as \(ReleaseChecks.suggestedVersion(working: "", after: number))")
        }
        if let latest = entry.latestRelease, !(latest.version < number) {
            return .error(at: here, "\(version) is lower than the last released edition, \(latest.version)",
                          hint: "editions only go forward: use a number after \(latest.version), such as \(ReleaseChecks.suggestedVersion(working: "", after: latest.version))")
        }
        // A new number on the same words would be a second edition approved by the same minute.
        if let latest = entry.latestRelease, working.differsOnlyInVersion(from: latest.policy) {
            return .error(at: here, "nothing to release: `\(entry.id)` says the same as edition \(latest.version), apart from its version number",
                          hint: "a new edition needs new words, rules, dates or approval; a change to \(placement) alone needs no release: run `handbook build` and it shows")
        }
        return nil
    }

    /// The front-matter lines left out of an edition, as a hint names them.
    private static var placement: String {
        let names = PlacementLines.keys.sorted().map { "`\($0)`" }
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }
}
