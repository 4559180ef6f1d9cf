import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite

/// `handbook release`: checks everything, then freezes the working policy.md and rules.yml as a
/// new edition under `versions/V/` with its fingerprint.
public enum Releaser {
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// The folder written, when the release happened.
        public var folder: String?
        public var fingerprint: Fingerprint?

        /// What `handbook release` says when the edition was written.
        public func doneMessage(policy: String) -> String? {
            guard let folder, let fingerprint else { return nil }
            return "Released \(policy) as \(folder)/ (fingerprint \(fingerprint.short)). Run `handbook build` to publish it."
        }
    }

    public static func release(policy id: String, version requested: String?, content: String,
                               date: CalendarDate, onWait: () -> Void = {}) async -> Outcome {
        let lock = ContentLock(content, .exclusive, onWait: onWait)
        defer { withExtendedLifetime(lock) {} }
        let prepared = await ContentChecker.checkAll(content, drafts: false)
        // A release is what readers are asked to sign: nothing may still be a "FILL IN" or a summary to write.
        let diagnostics = prepared.diagnostics.filter { $0.code != ReleaseChecks.reminderCode }
            .map { CheckRegistry.toWriteCodes.contains($0.code ?? "") ? $0.strict : $0 }.inReadingOrder
        guard !diagnostics.hasErrors, let handbook = prepared.handbook else {
            return Outcome(diagnostics: closingRefusal(diagnostics, content: content))
        }
        guard let entry = handbook.policies.first(where: { $0.id == id }) else {
            return Outcome(diagnostics: [PolicyLookup.unknown(id, among: handbook.policies.map(\.id), content: content)])
        }
        let working = entry.working
        let versionText = requested ?? working.edition.version
        if let problem = ReleaseRefusal.refusal(entry, version: versionText) {
            return Outcome(diagnostics: (diagnostics + [problem]).inReadingOrder)
        }
        let unapproved = ApprovalChecks.refusals(working, releasedOn: date)
        if !unapproved.isEmpty {
            return Outcome(diagnostics: closingRefusal((diagnostics + unapproved).inReadingOrder, content: content))
        }
        let folderPath = ContentPaths.join(content, "policies/\(id)/versions/\(versionText)")
        do {
            try write(entry, version: versionText, date: date, approval: working.edition.approval, content: content)
        } catch {
            let problem = Diagnostic.error(at: SourceLocation(file: folderPath),
                                           "could not write the release: \(error.localizedDescription)",
                                           hint: "check that you may write to the content folder; nothing was released")
            return Outcome(diagnostics: (diagnostics + [problem]).inReadingOrder)
        }
        return Outcome(diagnostics: diagnostics, folder: folderPath, fingerprint: working.fingerprint)
    }

    /// The errors, then the one that says nothing was released and to fix the errors above it,
    /// then the warnings: "above" has to be true where it is printed.
    package static func closingRefusal(_ sorted: [Diagnostic], content: String) -> [Diagnostic] {
        let errors = sorted.filter { $0.severity == .error }
        let closing = Diagnostic.error(at: SourceLocation(file: content),
                                       "nothing was released because the content has \(errors.count == 1 ? "an error" : "errors")",
                                       hint: "fix the \(errors.count == 1 ? "error" : "errors") above, then run the release again")
        return errors + [closing] + sorted.filter { $0.severity != .error }
    }

    /// Writes into a hidden folder first and renames it into place, so a release is all or nothing.
    private static func write(_ entry: PolicyEntry, version: String, date: CalendarDate, approval: Approval?,
                              content: String) throws {
        let fm = FileManager.default
        let policyFolder = URL(fileURLWithPath: content).appendingPathComponent("policies/\(entry.id)")
        let versions = policyFolder.appendingPathComponent("versions")
        let staging = versions.appendingPathComponent(".\(version).releasing")
        let target = versions.appendingPathComponent(version)
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: staging) }
        var hashes: [(name: String, hash: String)] = []
        var contents: [String: Data] = [:]
        for name in ["policy.md", "rules.yml"] {
            // Written as every reader sees it, so the hashes hold whichever line endings the copy had.
            let data = PlainText.normalized(try Data(contentsOf: policyFolder.appendingPathComponent(name)))
            contents[name] = data
            hashes.append((name, Fingerprint.sha256(data)))
            try data.write(to: staging.appendingPathComponent(name))
        }
        // Fingerprint the bytes just copied, not the ones loaded earlier, in case the file changed in between.
        let fingerprint = Fingerprint(policy: contents["policy.md"] ?? Data(), rules: contents["rules.yml"] ?? Data())
        let record = EditionRecordLoader.text(version: version, released: date, approval: approval, fingerprint: fingerprint,
                                              files: hashes)
        try Data(record.utf8).write(to: staging.appendingPathComponent("edition.yml"))
        try fm.moveItem(at: staging, to: target)
    }
}
