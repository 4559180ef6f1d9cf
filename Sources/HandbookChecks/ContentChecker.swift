import HandbookContent
import HandbookMarkdown
import HandbookModel

/// The one path from a content folder to checked policies: `check`, `build`, `release`, `diff`
/// and `forms` all open the content and check it here, so they agree on what is wrong.
package enum ContentChecker {
    /// The content folder opened and checked as a whole: handbook.yml, the glossary and the list
    /// of policy folders.
    package struct Opened: Sendable {
        package let folder: ContentLoader.Folder
        package let config: HandbookConfig
    }

    /// One policy folder after loading and checking.
    package struct CheckedPolicy: Sendable {
        package var publication: PolicyPublication?
        package var diagnostics: [Diagnostic]
        package var measurements: [ReadabilityChecks.Measurement] = []
    }

    /// Everything checked: the handbook, each policy's publication, every finding.
    package struct Checked: Sendable {
        package var handbook: Handbook?
        package var policies: [PolicyPublication]
        package var diagnostics: [Diagnostic]
        package var measurements: [ReadabilityChecks.Measurement]
    }

    package static func open(_ content: String, diagnostics: inout [Diagnostic]) -> Opened? {
        guard let folder = CheckRegistry.handbookFiles.open(content, diagnostics: &diagnostics),
              let config = folder.config else { return nil }
        let subject = HandbookSubject(config: config, glossary: folder.glossary, policies: folder.policyFolders)
        diagnostics += CheckRegistry.handbook.flatMap { $0.run(subject) }
        return Opened(folder: folder, config: config)
    }

    /// Opens and checks the whole content folder, one task per policy.
    package static func checkAll(_ content: String, drafts: Bool) async -> Checked {
        var diagnostics: [Diagnostic] = []
        guard let opened = open(content, diagnostics: &diagnostics) else { return Checked(handbook: nil, policies: [], diagnostics: diagnostics, measurements: []) }
        let results = await opened.folder.policyFolders.concurrentMap { name in
            checkPolicy(name, in: opened, drafts: drafts)
        }
        var publications: [PolicyPublication] = []
        var measurements: [ReadabilityChecks.Measurement] = []
        for checked in results {
            diagnostics += checked.diagnostics
            measurements += checked.measurements
            if let publication = checked.publication { publications.append(publication) }
        }
        let handbook = Handbook(config: opened.config, policies: publications.map(\.entry), glossary: opened.folder.glossary)
        return Checked(handbook: handbook, policies: publications, diagnostics: diagnostics, measurements: measurements)
    }

    /// Loads and checks one policy folder and decides which edition it shows as current.
    /// `linkable` are the policies its pages may link to, those the site publishes; every policy
    /// folder when nil.
    package static func checkPolicy(_ name: String, in opened: Opened, drafts: Bool,
                                     linkable: Set<String>? = nil) -> CheckedPolicy {
        let folder = opened.folder
        let config = opened.config
        var diagnostics: [Diagnostic] = []
        guard let entry = CheckRegistry.policyFiles.load(name, in: folder, diagnostics: &diagnostics) else { return CheckedPolicy(publication: nil, diagnostics: diagnostics) }
        let subject = PolicySubject(entry: entry, config: config, glossary: folder.glossary)
        diagnostics += CheckRegistry.policy.flatMap { $0.run(subject) }
        // The readability gate applies to the text the office edits; released editions are frozen.
        let readability = ReadabilitySubject(policy: entry.working, config: config, glossary: folder.glossary)
        diagnostics += CheckRegistry.readability.flatMap { $0.run(readability) }
        // The working copy is what the office edits: its problems are errors. A release that is
        // the same text is not checked twice; older releases cannot be edited, so their
        // problems are only warnings.
        let known = Set(folder.policyFolders)
        let links = linkable ?? known
        let working = prepareEdition(entry.working, document: subject.working, config: config, known: known, linkable: links,
                                     isFirstDraft: entry.releases.isEmpty, diagnostics: &diagnostics)
        var releases: [(edition: ReleasedEdition, prepared: PreparedEdition)] = []
        for release in entry.releases {
            if release.policy.fingerprint == entry.working.fingerprint {
                releases.append((release, working))
                continue
            }
            if release.policy.textFingerprint == entry.working.textFingerprint {
                // Released with placement lines before they were left out of the fingerprint: the
                // same text as the working copy, shown with the fingerprint it was released with.
                releases.append((release, PreparedEdition(policy: release.policy, document: working.document,
                                                          anchors: working.anchors, knownPolicies: working.knownPolicies)))
                continue
            }
            var releaseDiagnostics: [Diagnostic] = []
            let prepared = prepareEdition(release.policy, config: config, known: known, linkable: links,
                                          diagnostics: &releaseDiagnostics)
            diagnostics += releaseDiagnostics.map { $0.downgraded(note: "in released edition \(release.version)") }
            releases.append((release, prepared))
        }
        let showDraft = releases.isEmpty || (drafts && entry.hasUnreleasedChanges)
        // Where a policy sits in the handbook is the working copy's to say, released or not.
        let current = showDraft ? working : (releases.last?.prepared.placed(like: entry.working) ?? working)
        return CheckedPolicy(publication: PolicyPublication(entry: entry, current: current, isDraft: showDraft,
                                                            releases: releases),
                             diagnostics: diagnostics, measurements: readability.measurements)
    }

    private static func prepareEdition(_ policy: Policy, document: MarkdownDocument? = nil, config: HandbookConfig,
                                       known: Set<String>, linkable: Set<String>, isFirstDraft: Bool = false,
                                       diagnostics: inout [Diagnostic]) -> PreparedEdition {
        let document = document ?? MarkdownDocument(markdown: policy.body, firstLine: policy.bodyFirstLine)
        let subject = EditionSubject(policy: policy, outline: document.outline, config: config, knownPolicies: known,
                                     isFirstDraft: isFirstDraft)
        diagnostics += CheckRegistry.edition.flatMap { $0.run(subject) }
        let anchors = CheckRegistry.quotes.anchored(subject, diagnostics: &diagnostics)
        return PreparedEdition(policy: policy, document: document, anchors: anchors, knownPolicies: linkable)
    }
}
