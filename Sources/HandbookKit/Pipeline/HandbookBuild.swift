import Foundation

/// The whole pipeline: load → check → render → write. Used by `handbook build` and `handbook check`.
public enum HandbookBuild {
    public struct Options: Sendable {
        public var content: String
        public var templates: String
        public var output: String
        /// Publish unreleased changes as a clearly marked draft, for preview.
        public var drafts: Bool

        public init(content: String = "content", templates: String = "templates", output: String = "site",
                    drafts: Bool = false) {
            self.content = content
            self.templates = templates
            self.output = output
            self.drafts = drafts
        }
    }

    public struct Report: Sendable {
        /// Every finding, errors first by file and line.
        public var diagnostics: [Diagnostic]
        /// Pages written; 0 when the build stopped on an error.
        public var pageCount: Int
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Runs every content check and writes nothing.
    public static func check(content: String) -> [Diagnostic] {
        prepare(content: content, drafts: false).diagnostics.inReadingOrder
    }

    /// Checks everything, then renders and swaps in the new site. On any error nothing is written.
    public static func build(_ options: Options) -> Report {
        var diagnostics: [Diagnostic] = outputProblems(options)
        if diagnostics.isEmpty { SiteWriter.recoverInterruptedSwap(options.output) }
        let templates: TemplateSet?
        switch TemplateSet.load(from: options.templates) {
        case .success(let set): templates = set
        case .failure(let error):
            templates = nil
            diagnostics += error.diagnostics
        }
        let prepared = prepare(content: options.content, drafts: options.drafts)
        diagnostics += prepared.diagnostics
        guard !diagnostics.hasErrors, let templates, let handbook = prepared.handbook else {
            return Report(diagnostics: diagnostics.inReadingOrder, pageCount: 0)
        }
        let files = SiteRenderer.render(handbook, publications: prepared.policies, templates: templates)
        do {
            try SiteWriter.write(files, to: options.output)
        } catch {
            return Report(diagnostics: (diagnostics + error.diagnostics).inReadingOrder, pageCount: 0)
        }
        return Report(diagnostics: diagnostics.inReadingOrder,
                      pageCount: files.filter { $0.path.hasSuffix(".html") }.count)
    }

    static func prepare(content: String, drafts: Bool)
        -> (handbook: Handbook?, policies: [PolicyPublication], diagnostics: [Diagnostic]) {
        let (handbook, loadDiagnostics) = ContentLoader.load(from: content)
        var diagnostics = loadDiagnostics
        guard let handbook else { return (nil, [], diagnostics) }
        diagnostics += ConfigChecks.check(handbook.config)
        var publications: [PolicyPublication] = []
        for entry in handbook.policies {
            diagnostics += ReleaseChecks.check(entry)
            // The working copy is what the office edits: its problems are errors. A release that is
            // the same text is not checked twice; older releases cannot be edited, so their
            // problems are only warnings.
            let working = prepareEdition(entry.working, config: handbook.config, diagnostics: &diagnostics)
            var releases: [(edition: ReleasedEdition, prepared: PreparedEdition)] = []
            for release in entry.releases {
                if release.policy.fingerprint == entry.working.fingerprint {
                    releases.append((release, working))
                    continue
                }
                var releaseDiagnostics: [Diagnostic] = []
                let prepared = prepareEdition(release.policy, config: handbook.config, diagnostics: &releaseDiagnostics)
                diagnostics += releaseDiagnostics.map { $0.downgraded(note: "in released edition \(release.version)") }
                releases.append((release, prepared))
            }
            let showDraft = releases.isEmpty || (drafts && entry.hasUnreleasedChanges)
            let current = showDraft ? working : (releases.last?.prepared ?? working)
            publications.append(PolicyPublication(entry: entry, current: current, isDraft: showDraft, releases: releases))
        }
        return (handbook, publications, diagnostics)
    }

    private static func prepareEdition(_ policy: Policy, config: HandbookConfig,
                                       diagnostics: inout [Diagnostic]) -> PreparedEdition {
        let document = MarkdownDocument(markdown: policy.body, firstLine: policy.bodyFirstLine)
        diagnostics += RuleChecks.check(policy, config: config)
        diagnostics += SafetyChecks.check(policy, outline: document.outline)
        let (anchors, quoteDiagnostics) = QuoteChecks.anchor(policy, outline: document.outline)
        diagnostics += quoteDiagnostics
        return PreparedEdition(policy: policy, document: document, anchors: anchors)
    }

    /// The output must not be, or sit inside, the content or templates folder: a build replaces it whole.
    private static func outputProblems(_ options: Options) -> [Diagnostic] {
        let output = URL(fileURLWithPath: options.output).standardizedFileURL.path
        for (name, folder) in [("content", options.content), ("templates", options.templates)] {
            let path = URL(fileURLWithPath: folder).standardizedFileURL.path
            if output == path || output.hasPrefix(path + "/") || path.hasPrefix(output + "/") {
                return [.error(at: SourceLocation(file: options.output),
                               "the output folder overlaps the \(name) folder \(folder)",
                               hint: "a build replaces the whole output folder; pass a separate one, such as --output site")]
            }
        }
        return []
    }
}
