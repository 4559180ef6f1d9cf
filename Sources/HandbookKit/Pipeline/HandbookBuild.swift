import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookOutput
import HandbookSite

/// The build, in named stages: load → check → plan pages → render → check links → index for
/// search → commit. Every build is a full one: `handbook build` runs every stage into a staging
/// folder beside the output and swaps it in; `handbook serve` runs the same stages into memory,
/// with no search index and no commit. `handbook check` runs the checks alone. With search,
/// Pagefind is started before rendering and given the pages readers search as they are made:
/// each policy's are rendered first, and the rest of its pages only once Pagefind has every
/// page it indexes, so that it builds its index while they render; the index stage then takes it.
public enum HandbookBuild {
    public struct Options: Sendable {
        public var content: String
        /// The school's own templates, each in place of the built-in one of the same name; nil
        /// looks for templates/ beside the content folder, and uses the built-in ones alone without it.
        public var templates: String?
        public var output: String
        /// Publish unreleased changes as a clearly marked draft, for preview.
        public var drafts: Bool
        /// Turn every warning into an error.
        public var strict: Bool
        /// The date review reminders are worked out from; the site itself never depends on it.
        public var today: CalendarDate?
        /// Index the site for search when Pagefind is installed.
        public var search: Bool = true
        /// Which Pagefind indexes the site: the one installed, by default.
        package var pagefind: SearchIndexer.Choice = .installed

        /// The templates folder this run reads beside the built-in templates, if any.
        var templateFolder: String? { TemplateFolder.resolve(templates, content: content) }

        public init(content: String = "content", templates: String? = nil, output: String = "site",
                    drafts: Bool = false, strict: Bool = false, today: CalendarDate? = nil,
                    search: Bool = true) {
            self.content = content
            self.templates = templates
            self.output = output
            self.drafts = drafts
            self.strict = strict
            self.today = today
            self.search = search
        }
    }

    public struct Report: Sendable {
        /// Every finding, errors first by file and line.
        public var diagnostics: [Diagnostic]
        /// Pages in the site; 0 when the build stopped on an error.
        public var pageCount: Int
        /// Every file this build put in the site, by path from its root, the marker included; a
        /// site swapped in holds these and nothing else. Empty when the build stopped on an error.
        public var files: Set<String> = []
        public var succeeded: Bool { !diagnostics.hasErrors }

        /// What `handbook build` says once the site is in `output`.
        public func doneMessage(output: String) -> String {
            "Built \(pageCount) pages into \(output)/"
        }
    }

    /// What `handbook check` reports: every finding, and the readability of every summary.
    public struct CheckReport: Sendable {
        public var diagnostics: [Diagnostic]
        public var readability: [ReadabilityChecks.Measurement]

        /// What `handbook check` says when it found no error in `content`.
        public func doneMessage(content: String) -> String {
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            return warnings == 0 ? "No problems found in \(content)/"
                                 : "No errors in \(content)/ (\(warnings) \(warnings == 1 ? "warning" : "warnings"))"
        }
    }

    /// Runs every content check and writes nothing.
    public static func check(content: String, strict: Bool = false, today: CalendarDate? = nil) async -> CheckReport {
        let checked = await ContentChecker.checkAll(content, drafts: false)
        var diagnostics = checked.diagnostics
        if let config = checked.handbook?.config {
            diagnostics += StatutoryChecks.check(ChecklistSubject(config: config, claims: checked.policies.map(\.statutoryClaim)))
            diagnostics += CheckRegistry.contact.run(config)
        }
        if let today {
            diagnostics += checked.policies.flatMap { ReviewChecks.check($0.current.policy.edition, policy: $0.id, today: today) }
        }
        if strict { diagnostics = diagnostics.map(\.strict) }
        return CheckReport(diagnostics: diagnostics.inReadingOrder, readability: checked.measurements)
    }

    /// Checks everything, then builds the whole site and swaps it in. On any error nothing is written.
    public static func build(_ options: Options, onWait: @Sendable () -> Void = {}) async -> Report {
        var clock = StageClock()
        // The content is locked against a release, and the output against a second build, until
        // the end.
        let contentLock = ContentLock(options.content, .shared, onWait: onWait)
        defer { withExtendedLifetime(contentLock) {} }
        let sink: StagedDiskOutput
        do {
            sink = try StagedDiskOutput.open(output: options.output,
                                             protecting: [options.content, options.templates ?? TemplateFolder.besideContent(options.content),
                                                          RecordsLocation.folder(nil, content: options.content)],
                                             onWait: onWait)
        } catch {
            return Report(diagnostics: [error.diagnostic], pageCount: 0)
        }
        clock.lap("locks, staging folder")
        var diagnostics: [Diagnostic] = []
        let built = await stages(options, into: sink, searching: true, clock: &clock, diagnostics: &diagnostics)
        guard let pageCount = built else {
            sink.discard()
            return Report(diagnostics: diagnostics.inReadingOrder, pageCount: 0)
        }
        diagnostics += CommitStage.run(sink)
        clock.lap("commit")
        if diagnostics.hasErrors { return Report(diagnostics: diagnostics.inReadingOrder, pageCount: 0) }
        return Report(diagnostics: diagnostics.inReadingOrder, pageCount: pageCount, files: sink.files.union([SiteMarker.name]))
    }

    /// The whole site built into memory, as the preview server shows it: the same checks and
    /// pages as `build`, nothing written to disk.
    public struct MemoryBuild: Sendable {
        public var report: Report
        /// Every file of the site by path; empty when the build stopped on an error.
        public var files: [String: [UInt8]]
    }

    public static func buildInMemory(_ options: Options) async -> MemoryBuild {
        var clock = StageClock()
        let sink = MemoryOutput()
        var diagnostics: [Diagnostic] = []
        let pageCount = await stages(options, into: sink, searching: false, clock: &clock, diagnostics: &diagnostics)
        let report = Report(diagnostics: diagnostics.inReadingOrder, pageCount: pageCount ?? 0)
        return MemoryBuild(report: report, files: pageCount == nil ? [:] : sink.snapshot)
    }

    /// What one policy's task hands back once its pages are written: everything but its text.
    private struct PolicyPages: Sendable {
        var diagnostics: [Diagnostic]
        var claim: StatutoryClaim?
        var summary: PolicySummary?
        var rendered: RenderedPages?
        /// Its pages still to render, with search: those readers do not search.
        var later: [SitePage] = []
    }

    /// Every stage but the commit, into any sink, adding what each reports to `diagnostics` (empty
    /// when called). When `searching`, the site is indexed for search if the options ask for it
    /// and Pagefind is installed. The page count is nil when a stage stopped the build.
    private static func stages(_ options: Options, into sink: some OutputSink, searching: Bool,
                               clock: inout StageClock, diagnostics: inout [Diagnostic]) async -> Int? {
        // Looking for Pagefind starts a process: it runs while the content loads.
        let lookup = Task.detached { searching ? SearchIndexStage.plan(options) : nil }
        guard var content = await LoadStage.run(options, diagnostics: &diagnostics) else { return nil }
        var search: SearchFeed?
        // Stops Pagefind when a stage stops the build; does nothing once the index is made.
        defer { search?.cancel() }
        do {
            switch await lookup.value {
            case .some(.index(let indexer)):
                search = try SearchIndexStage.start(indexer, options: options)
                content = content.searchable()
            case .some(.none(let note)):
                diagnostics.append(note)
            case nil:
                break
            }
            clock.lap("load, looking for Pagefind")
            return try await renderedStages(content, options, into: sink, search: search, clock: &clock,
                                            diagnostics: &diagnostics)
        } catch {
            diagnostics += error.diagnostics
            return nil
        }
    }

    /// check → plan pages → render → check links → index for search, once the content is loaded.
    /// Findings that do not stop the build are added to `diagnostics`.
    private static func renderedStages(_ content: LoadedContent, _ options: Options, into sink: some OutputSink,
                                       search feed: SearchFeed?, clock: inout StageClock,
                                       diagnostics: inout [Diagnostic]) async throws(StageFailure) -> Int {
        // Check, plan pages and render run one policy at a time to a thread, on every core, and a
        // policy's text is let go as soon as its pages are written: a large handbook is never all
        // in memory. With search, each policy's pages readers search are rendered first and go to
        // Pagefind at once; the rest wait until Pagefind has them all.
        let names = content.policyNames
        let policies = await PolicyThreads.map(names.count, givingWay: feed != nil) { number in
            var pages = policyPages(names[number], in: content, options: options, into: sink,
                                    now: { feed == nil || $0.isSearched })
            feed?.deliver(pages.rendered?.takeSearchable() ?? [], batch: number)
            return pages
        }
        var rendered = RenderedPages()
        var summaries: [PolicySummary] = []
        var claims: [StatutoryClaim] = []
        for policy in policies {
            diagnostics += policy.diagnostics
            if let claim = policy.claim { claims.append(claim) }
            if let summary = policy.summary { summaries.append(summary) }
            if let pages = policy.rendered { rendered.append(pages) }
        }
        diagnostics += StatutoryChecks.check(ChecklistSubject(config: content.opened.config, claims: claims))
        if options.strict { diagnostics = diagnostics.map(\.strict) }
        clock.lap("check, plan pages, render: each policy")
        guard !diagnostics.hasErrors else { throw StageFailure(diagnostics: []) }

        var handbook = try RenderStage.handbook(PlanPagesStage.handbook(summaries, in: content), with: content.renderer,
                                                into: sink)
        feed?.deliver(handbook.takeSearchable(), batch: policies.count)
        feed?.close()
        rendered.append(handbook)
        if let calendar = content.site.reviewCalendar(summaries) { try RenderStage.write(calendar, into: sink) }
        clock.lap("plan pages, render: the whole handbook")

        if feed != nil {
            rendered.append(try await RenderStage.eachPolicy(policies.map(\.later), with: content.renderer, into: sink))
            clock.lap("render: the rest of each policy")
        }

        let broken = CheckLinksStage.run(rendered, files: sink.files, options: options, templates: content.renderer.templates)
        clock.lap("check links")
        guard broken.isEmpty else { throw StageFailure(diagnostics: broken) }

        if let feed {
            try SearchIndexStage.run(feed, into: sink, options: options)
            clock.lap("index for search")
        }
        return rendered.paths.count
    }

    /// One policy through check, plan pages and render, rendering the pages `now` picks and
    /// keeping the others for later.
    private static func policyPages(_ name: String, in content: LoadedContent, options: Options,
                                    into sink: some OutputSink, now: (SitePage) -> Bool) -> PolicyPages {
        let checked = CheckStage.run(name, in: content, options: options)
        guard let publication = checked.publication else {
            return PolicyPages(diagnostics: checked.diagnostics, claim: checked.claim)
        }
        do throws(StageFailure) {
            let planned = try PlanPagesStage.policy(publication, in: content)
            let rendered = try RenderStage.run(planned.pages.filter(now), with: content.renderer, into: sink)
            return PolicyPages(diagnostics: checked.diagnostics, claim: checked.claim, summary: planned.summary,
                               rendered: rendered, later: planned.pages.filter { !now($0) })
        } catch {
            return PolicyPages(diagnostics: checked.diagnostics + error.diagnostics, claim: checked.claim)
        }
    }
}
