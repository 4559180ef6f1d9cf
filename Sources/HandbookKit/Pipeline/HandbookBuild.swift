import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookOutput
import HandbookSite

/// The whole pipeline: load → check → render → write. Used by `handbook build` and `handbook check`.
public enum HandbookBuild {
    public struct Options: Sendable {
        public var content: String
        public var templates: String
        public var output: String
        /// Publish unreleased changes as a clearly marked draft, for preview.
        public var drafts: Bool
        /// Turn every warning into an error.
        public var strict: Bool
        /// The date review reminders are worked out from; the site itself never depends on it.
        public var today: CalendarDate?
        /// Index the site for search when Pagefind is installed.
        public var search: Bool = true

        public init(content: String = "content", templates: String = "templates", output: String = "site",
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
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// What `handbook check` reports: every finding, and the readability of every summary.
    public struct CheckReport: Sendable {
        public var diagnostics: [Diagnostic]
        public var readability: [ReadabilityChecks.Measurement]
    }

    /// Runs every content check and writes nothing.
    public static func check(content: String, strict: Bool = false, today: CalendarDate? = nil) async -> CheckReport {
        let checked = await ContentChecker.checkAll(content, drafts: false)
        var diagnostics = checked.diagnostics
        if let today {
            diagnostics += checked.policies.flatMap { ReviewChecks.check($0.current.policy.edition, policy: $0.id, today: today) }
        }
        if strict { diagnostics = diagnostics.map(\.strict) }
        return CheckReport(diagnostics: diagnostics.inReadingOrder, readability: checked.measurements)
    }

    /// Checks everything, then renders the whole site and swaps it in. On any error nothing is written.
    public static func build(_ options: Options, onWait: @Sendable () -> Void = {}) async -> Report {
        var clock = PhaseClock()
        var diagnostics: [Diagnostic] = []
        let templates: TemplateSet?
        switch TemplateSet.load(from: options.templates) {
        case .success(let set): templates = set
        case .failure(let error):
            templates = nil
            diagnostics += error.diagnostics
        }
        guard let templates, !diagnostics.hasErrors else {
            return Report(diagnostics: diagnostics.inReadingOrder, pageCount: 0)
        }
        // The content is locked against a release, and the output against a second build, from
        // here to the end.
        let contentLock = ContentLock(options.content, .shared, onWait: onWait)
        defer { withExtendedLifetime(contentLock) {} }
        let sink: StagedDiskOutput
        do {
            sink = try StagedDiskOutput.open(output: options.output, protecting: [options.content, options.templates],
                                             onWait: onWait)
        } catch {
            return Report(diagnostics: (diagnostics + [error.diagnostic]).inReadingOrder, pageCount: 0)
        }

        clock.lap("templates and locks")
        let staging = sink.staging
        var searchNote: [Diagnostic] = []
        if options.search && SearchIndexer.installed == nil {
            searchNote = [Diagnostic(.note, at: SourceLocation(file: options.output),
                                     "the site has no search: Pagefind is not installed",
                                     hint: SearchIndexer.installHint, code: "no-search")]
        }
        let search = options.search ? SearchIndexer.installed.map { SiteRendering.Search(indexer: $0, siteFolder: staging) } : nil
        var rendered = await SiteRendering.render(options, templates: templates, into: sink, search: search)
        rendered.diagnostics = (rendered.diagnostics + searchNote).inReadingOrder
        clock.lap("load, check, render, write and check links")
        guard let site = rendered.site else {
            sink.discard()
            return Report(diagnostics: rendered.diagnostics, pageCount: 0)
        }
        do {
            try sink.commit()
        } catch {
            return Report(diagnostics: (rendered.diagnostics + WriteFailure(error).diagnostics).inReadingOrder, pageCount: 0)
        }
        clock.lap("swap")
        return Report(diagnostics: rendered.diagnostics, pageCount: site.written.count)
    }

    /// The whole site built into memory, as the preview server shows it: the same checks and
    /// pages as `build`, nothing written to disk.
    public struct MemoryBuild: Sendable {
        public var report: Report
        /// Every file of the site by path; empty when the build stopped on an error.
        public var files: [String: [UInt8]]
    }

    public static func buildInMemory(_ options: Options) async -> MemoryBuild {
        let templates: TemplateSet
        switch TemplateSet.load(from: options.templates) {
        case .success(let set): templates = set
        case .failure(let error):
            return MemoryBuild(report: Report(diagnostics: error.diagnostics.inReadingOrder, pageCount: 0), files: [:])
        }
        let sink = MemoryOutput()
        let rendered = await SiteRendering.render(options, templates: templates, into: sink)
        guard let site = rendered.site else {
            return MemoryBuild(report: Report(diagnostics: rendered.diagnostics, pageCount: 0), files: [:])
        }
        return MemoryBuild(report: Report(diagnostics: rendered.diagnostics, pageCount: site.written.count),
                           files: sink.snapshot)
    }
}

/// Prints how long each build phase took when HANDBOOK_TIMING=1, for profiling.
struct PhaseClock {
    private let enabled = ProcessInfo.processInfo.environment["HANDBOOK_TIMING"] == "1"
    private var last = ContinuousClock.now

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("\(phase): \(now - last)\n".utf8))
        last = now
    }
}
