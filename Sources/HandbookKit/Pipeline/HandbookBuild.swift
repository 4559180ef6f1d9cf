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
        /// Render every page even when the last build's pages could be kept.
        public var clean: Bool
        /// Turn every warning into an error.
        public var strict: Bool
        /// The date review reminders are worked out from; the site itself never depends on it.
        public var today: CalendarDate?
        /// Index the site for search when Pagefind is installed.
        public var search: Bool = true

        public init(content: String = "content", templates: String = "templates", output: String = "site",
                    drafts: Bool = false, clean: Bool = false, strict: Bool = false, today: CalendarDate? = nil,
                    search: Bool = true) {
            self.content = content
            self.templates = templates
            self.output = output
            self.drafts = drafts
            self.clean = clean
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
        /// Pages rendered by this build; the rest were kept from the last one.
        public var renderedCount: Int = 0
        /// True when no input changed and nothing was written.
        public var upToDate: Bool = false
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

    /// Checks everything, then renders and swaps in the new site. On any error nothing is written.
    /// When no input changed since the last build, nothing is written at all; when some policies
    /// changed, only their pages (and the index) are rendered and the rest are kept.
    public static func build(_ options: Options, onWait: @Sendable () -> Void = {}) async -> Report {
        var clock = PhaseClock()
        let today = options.today
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

        let folders = FolderListing.subfolders(of: URL(fileURLWithPath: options.content).appendingPathComponent("policies", isDirectory: true))
        let known = options.clean ? FileDigests() : sink.readMetadata(FileDigests.metadataName).map(FileDigests.init) ?? FileDigests()
        let sharedInputs = InputHashes.shared(content: options.content, templates: templates, drafts: options.drafts,
                                              policies: folders, known: known)
        let shared = sharedInputs.hash
        clock.lap("templates and locks")
        // The last build's record is read while the inputs are hashed.
        async let lastBuild = options.clean ? nil : BuildCache.load(sink)
        let hashes = await folders.concurrentMap { InputHashes.policy($0, content: options.content, known: known) }
        let inputs = Dictionary(uniqueKeysWithValues: zip(folders, hashes.map(\.hash)))
        // A site built with search stays so; one built without is built again once Pagefind is
        // installed. Looking for Pagefind starts a process, so it is done only when it matters.
        let cache = await lastBuild.flatMap { (cache: BuildCache) -> BuildCache? in
            guard cache.shared == shared else { return nil }
            let search = options.search && (cache.search || SearchIndexer.installed != nil)
            return cache.search == search ? cache : nil
        }
        clock.lap("input hashes and the last build")
        let siteIntact = FileManager.default.fileExists(atPath: sink.folder + "/" + SiteMarker.name)
        if let cache, siteIntact, cache.policies.mapValues(\.inputs) == inputs,
           StagedDiskOutput.listFiles(under: sink.folder) == cache.files {
            clock.lap("nothing changed")
            sink.discard()
            var replayed = cache.allDiagnostics
            if let today { replayed += cache.policies.values.flatMap { $0.review.diagnostics(today: today) } }
            if options.strict { replayed = replayed.map(\.strict) }
            return Report(diagnostics: replayed.inReadingOrder, pageCount: replayed.hasErrors ? 0 : cache.pageCount,
                          upToDate: !replayed.hasErrors)
        }

        // Kept as bytes until the cache is written: a large handbook has tens of thousands of files.
        let digests = FileDigests(merging: [sharedInputs] + hashes).encoded()
        // Whatever it keeps, the new site is made in the site the last swap replaced: its folders
        // are there, and no whole site need be removed after the swap.
        sink.startFromPreviousSite()
        var reuse = SiteRendering.Reuse.none
        if let cache, siteIntact {
            reuse = .init(policies: cache.policies.filter { inputs[$0.key] == $0.value.inputs }, stamps: cache.files,
                          links: sink.readMetadata(PageLinkStore.metadataName).map(PageLinkStore.decode) ?? [:],
                          directory: cache.directory)
        }
        clock.lap("the previous site and the last build's links")
        let staging = sink.staging
        var searchNote: [Diagnostic] = []
        if options.search && SearchIndexer.installed == nil {
            searchNote = [Diagnostic(.note, at: SourceLocation(file: options.output),
                                     "the site has no search: Pagefind is not installed",
                                     hint: SearchIndexer.installHint, code: "no-search")]
        }
        let search = options.search ? SearchIndexer.installed.map { SiteRendering.Search(indexer: $0, siteFolder: staging) } : nil
        var rendered = await SiteRendering.render(options, templates: templates, into: sink, reuse: reuse, search: search)
        rendered.diagnostics = (rendered.diagnostics + searchNote).inReadingOrder
        clock.lap("load, check, render, write and check links")
        guard var site = rendered.site else {
            sink.discard()
            return Report(diagnostics: rendered.diagnostics, pageCount: 0)
        }
        rendered.site = nil
        do throws(WriteFailure) {
            // The links go first, and are let go before the cache is encoded: for a large site
            // they are most of what the build still holds.
            try PageLinkStore.save(site.links, into: sink)
            clock.lap("links saved")
            site.links = []
            let record = BuildCache(shared: shared,
                                    policies: site.policies.reduce(into: [:]) { records, entry in
                                        guard let hash = inputs[entry.key] else { return }
                                        let outcome = entry.value
                                        records[entry.key] = .init(inputs: hash, pages: outcome.pages,
                                                                   diagnostics: outcome.diagnostics,
                                                                   summary: outcome.summary, review: outcome.review)
                                    },
                                    diagnostics: site.otherDiagnostics.inReadingOrder, pageCount: site.written.count,
                                    search: search != nil, files: sink.files, directory: site.directory)
            clock.lap("cache made")
            try record.save(into: sink)
            try FileDigests.save(digests, into: sink)
            clock.lap("cache saved")
            do {
                try sink.commit()
            } catch {
                throw WriteFailure(error)
            }
            clock.lap("swap")
            return Report(diagnostics: rendered.diagnostics, pageCount: site.written.count,
                          renderedCount: site.written.count - site.written.reused)
        } catch {
            sink.discard()
            return Report(diagnostics: (rendered.diagnostics + error.diagnostics).inReadingOrder, pageCount: 0)
        }
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
        let rendered = await SiteRendering.render(options, templates: templates, into: sink, reuse: .none)
        guard let site = rendered.site else {
            return MemoryBuild(report: Report(diagnostics: rendered.diagnostics, pageCount: 0), files: [:])
        }
        return MemoryBuild(report: Report(diagnostics: rendered.diagnostics, pageCount: site.written.count,
                                          renderedCount: site.written.count),
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
