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

        public init(content: String = "content", templates: String = "templates", output: String = "site",
                    drafts: Bool = false, clean: Bool = false, strict: Bool = false, today: CalendarDate? = nil) {
            self.content = content
            self.templates = templates
            self.output = output
            self.drafts = drafts
            self.clean = clean
            self.strict = strict
            self.today = today
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
        // The output is locked from here to the end, so a second build waits for this one.
        let sink: StagedDiskOutput
        do {
            sink = try StagedDiskOutput.open(output: options.output, protecting: [options.content, options.templates],
                                             onWait: onWait)
        } catch {
            return Report(diagnostics: (diagnostics + [error.diagnostic]).inReadingOrder, pageCount: 0)
        }

        let folders = FolderListing.subfolders(of: URL(fileURLWithPath: options.content).appendingPathComponent("policies"))
        let shared = InputHashes.shared(content: options.content, templates: templates, drafts: options.drafts,
                                        policies: folders)
        let hashes = await folders.concurrentMap { InputHashes.policy($0, content: options.content) }
        let inputs = Dictionary(uniqueKeysWithValues: zip(folders, hashes))
        let cache = options.clean ? nil : BuildCache.load(sink).flatMap { $0.shared == shared ? $0 : nil }
        let siteIntact = FileManager.default.fileExists(atPath: sink.folder + "/" + SiteMarker.name)
        if let cache, siteIntact, cache.policies.mapValues(\.inputs) == inputs,
           StagedDiskOutput.listFiles(under: sink.folder) == cache.files {
            clock.lap("nothing changed")
            sink.discard()
            var replayed = cache.diagnostics
            if let today { replayed += cache.reviews.flatMap { $0.diagnostics(today: today) } }
            if options.strict { replayed = replayed.map(\.strict) }
            return Report(diagnostics: replayed.inReadingOrder, pageCount: replayed.hasErrors ? 0 : cache.pageCount,
                          upToDate: !replayed.hasErrors)
        }

        // Each policy is loaded, checked and, if it is sound, rendered straight into the hidden
        // staging folder by one task, then its parsed text is freed. Nothing reaches the output
        // unless every policy is free of errors.
        var reusable: [String: [String]] = [:]
        if let cache, siteIntact {
            for (id, record) in cache.policies where inputs[id] == record.inputs { reusable[id] = record.pages }
        }
        let keep = reusable
        let stamps = cache?.files ?? [:]
        let (opened, openDiagnostics) = ContentChecker.open(options.content)
        diagnostics += openDiagnostics
        guard let opened else {
            sink.discard()
            return Report(diagnostics: diagnostics.inReadingOrder, pageCount: 0)
        }
        let site = SiteModel(config: opened.config, glossary: opened.folder.glossary, templates: templates)
        let renderer = PageRenderer(config: opened.config, templates: templates)
        let configIsSound = !diagnostics.hasErrors
        let strict = options.strict
        let results = await opened.folder.policyFolders.concurrentMap { name -> PolicyBuild in
            let checked = ContentChecker.checkPolicy(name, in: opened, drafts: options.drafts)
            var result = PolicyBuild(publication: checked.publication, diagnostics: checked.diagnostics)
            let blocking = strict ? !checked.diagnostics.isEmpty : checked.diagnostics.hasErrors
            guard configIsSound, let publication = checked.publication, !blocking else { return result }
            result.pages = SiteRenderer.writePages(of: publication, site: site, renderer: renderer, into: sink,
                                                   keep: keep[name], stamps: stamps)
            result.publication = publication.details
            return result
        }
        clock.lap("load, check, render and write policies")
        var written = SiteRenderer.Written()
        var publications: [PolicyPublication] = []
        var links: [SiteLinkChecker.PageLinks] = []
        for result in results {
            diagnostics += result.diagnostics
            if let publication = result.publication { publications.append(publication) }
            switch result.pages {
            case .success(let pages)?:
                if let id = result.publication?.id { written.policies[id] = pages.paths }
                if pages.reused { written.reused += pages.paths.count }
                links += pages.links
            case .failure(let error)?: diagnostics += error.diagnostics
            case nil: break
            }
        }
        let cachedDiagnostics = diagnostics.inReadingOrder
        if let today {
            diagnostics += publications.flatMap { ReviewChecks.check($0.current.policy.edition, policy: $0.id, today: today) }
        }
        if options.strict { diagnostics = diagnostics.map(\.strict) }
        guard !diagnostics.hasErrors else {
            sink.discard()
            return Report(diagnostics: diagnostics.inReadingOrder, pageCount: 0)
        }
        do throws(WriteFailure) {
            let sharedPages = try SiteRenderer.writeSharedPages(site: site, renderer: renderer, publications: publications,
                                                                into: sink)
            written.shared = sharedPages.paths
            clock.lap("index, statement and assets")
            let broken = SiteLinkChecker.check(links + sharedPages.links, files: Set(sink.files.keys), shownAs: options.output,
                                               templates: options.templates)
            clock.lap("check links")
            guard broken.isEmpty else {
                sink.discard()
                return Report(diagnostics: (diagnostics + broken).inReadingOrder, pageCount: 0)
            }
            let pageCount = written.count
            let record = BuildCache(shared: shared,
                                    policies: written.policies.reduce(into: [:]) { records, entry in
                                        if let hash = inputs[entry.key] { records[entry.key] = .init(inputs: hash, pages: entry.value) }
                                    },
                                    diagnostics: cachedDiagnostics, pageCount: pageCount, files: sink.files,
                                    reviews: publications.map { .init(policy: $0.id, edition: $0.current.policy.edition) })
            try record.save(into: sink)
            do {
                try sink.commit()
            } catch {
                throw WriteFailure(error)
            }
            clock.lap("swap")
            return Report(diagnostics: diagnostics.inReadingOrder, pageCount: pageCount,
                          renderedCount: pageCount - written.reused)
        } catch {
            sink.discard()
            return Report(diagnostics: (diagnostics + error.diagnostics).inReadingOrder, pageCount: 0)
        }
    }

    /// What one policy's task returns: the checked policy, its findings, and the pages it wrote.
    struct PolicyBuild: Sendable {
        var publication: PolicyPublication?
        var diagnostics: [Diagnostic]
        var pages: Result<SiteRenderer.Pages, SiteRenderer.Failure>?
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
