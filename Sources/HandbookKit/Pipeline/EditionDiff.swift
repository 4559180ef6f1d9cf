import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite

/// `handbook diff`: picks the two editions to compare and formats the comparison.
public enum EditionDiff {
    public static let currentName = "current"

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var text: String?
    }

    public static func run(policy id: String, from: String?, to: String?, content: String) -> Outcome {
        var openDiagnostics: [Diagnostic] = []
        let opened = ContentChecker.open(content, diagnostics: &openDiagnostics)
        guard let opened, !openDiagnostics.hasErrors else { return Outcome(diagnostics: openDiagnostics.inReadingOrder) }
        guard opened.folder.policyFolders.contains(id) else {
            return Outcome(diagnostics: [PolicyLookup.unknown(id, among: opened.folder.policyFolders, content: content)])
        }
        // The comparison needs the editions to load; their other findings are `handbook check`'s to report.
        let checked = ContentChecker.checkPolicy(id, in: opened, drafts: false)
        guard let entry = checked.publication?.entry else { return Outcome(diagnostics: checked.diagnostics.inReadingOrder) }
        let config = opened.config
        let (defaultFrom, defaultTo) = defaults(entry)
        guard let fromName = from ?? defaultFrom, let toName = to ?? defaultTo else {
            // Nothing to compare is an answer, not a fault.
            return Outcome(diagnostics: [], text: "`\(id)` has one edition and no changes since it, so there is nothing to compare yet.\nRelease a second edition, or change policy.md and compare with `current`.")
        }
        var diagnostics: [Diagnostic] = []
        let old = edition(fromName, of: entry, diagnostics: &diagnostics)
        let new = edition(toName, of: entry, diagnostics: &diagnostics)
        guard let old, let new else { return Outcome(diagnostics: diagnostics) }
        var comparison = EditionComparison.compare(old, new, config: config)
        // The working copy is judged as the edition it would become, after the last release.
        var chain = entry.releases.map(\.policy)
        if toName == currentName, entry.hasUnreleasedChanges { chain.append(new) }
        comparison.signing = SignAgain(SigningPlan(editions: chain, config: config), version: new.edition.version, config: config)
        let text = comparison.terminalText(toLabel: toName == currentName ? "the current text (\(new.edition.version), not released)" : nil)
        return Outcome(diagnostics: diagnostics, text: text)
    }

    /// The last release against the current text when they differ, else the last two releases.
    package static func defaults(_ entry: PolicyEntry) -> (String?, String?) {
        let releases = entry.releases.map(\.version.text)
        if entry.hasUnreleasedChanges, let last = releases.last { return (last, currentName) }
        if releases.count >= 2 { return (releases[releases.count - 2], releases[releases.count - 1]) }
        return (nil, nil)
    }

    private static func edition(_ name: String, of entry: PolicyEntry, diagnostics: inout [Diagnostic]) -> Policy? {
        if name == currentName { return entry.working }
        if let release = entry.release(name) { return release.policy }
        let known = entry.releases.map(\.version.text) + [currentName]
        diagnostics.append(.error(at: SourceLocation(file: entry.working.policyPath),
                                  "`\(entry.id)` has no released edition \(name)",
                                  hint: "the editions are " + known.map { "`\($0)`" }.joined(separator: ", ")))
        return nil
    }
}
