import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookOutput
import HandbookSite

/// Checks the content and renders the whole site into any sink: each policy is loaded, checked
/// and, if it is sound, rendered by one task, then its parsed text is freed. The shared pages and
/// the link check follow. The caller decides what happens to the sink: commit it or show it.
enum SiteRendering {
    /// Pages of the last build that may be kept as they are, for policies whose inputs did not change.
    struct Reuse: Sendable {
        var pages: [String: [String]]
        var stamps: [String: String]
        /// Reads back a kept page, for the link check.
        var readBack: @Sendable (String) -> Data?

        static let none = Reuse(pages: [:], stamps: [:]) { _ in nil }
    }

    /// A site that passed every check, written into the sink.
    struct Site: Sendable {
        var written: SiteRenderer.Written
        var publications: [PolicyPublication]
        var summaries: [PolicySummary]
        /// The findings to show again when a later build finds nothing changed (review dates aside).
        var cachedDiagnostics: [Diagnostic]
    }

    struct Outcome: Sendable {
        /// Every finding, in reading order.
        var diagnostics: [Diagnostic]
        /// Nil when anything stopped the build.
        var site: Site?
    }

    /// What one policy's task returns: the checked policy, its findings, and the pages it wrote.
    private struct PolicyBuild: Sendable {
        var publication: PolicyPublication?
        var summary: PolicySummary?
        var diagnostics: [Diagnostic]
        var pages: Result<SiteRenderer.Pages, SiteRenderer.Failure>?
    }

    /// Where the finished pages can be read from disk, for the search index; nil for a site that
    /// has no search (a build in memory, or Pagefind not installed).
    struct Search: Sendable {
        var indexer: SearchIndexer
        var siteFolder: String
    }

    static func render<Sink: OutputSink>(_ options: HandbookBuild.Options, templates: TemplateSet, into sink: Sink,
                                         reuse: Reuse, search: Search? = nil) async -> Outcome {
        let (opened, openDiagnostics) = ContentChecker.open(options.content)
        var diagnostics = openDiagnostics
        guard let opened else { return Outcome(diagnostics: diagnostics.inReadingOrder) }
        let site = SiteModel(config: opened.config, glossary: opened.folder.glossary, templates: templates,
                             directory: PolicyDirectory.read(opened.folder, drafts: options.drafts))
        let renderer = PageRenderer(config: opened.config, templates: templates, hasSearch: search != nil)
        let configIsSound = !diagnostics.hasErrors
        let strict = options.strict
        let results = await opened.folder.policyFolders.concurrentMap { name -> PolicyBuild in
            let checked = ContentChecker.checkPolicy(name, in: opened, drafts: options.drafts)
            var result = PolicyBuild(publication: checked.publication, diagnostics: checked.diagnostics)
            let blocking = strict ? !checked.diagnostics.isEmpty : checked.diagnostics.hasErrors
            guard configIsSound, let publication = checked.publication, !blocking else { return result }
            result.pages = SiteRenderer.writePages(of: publication, site: site, renderer: renderer, into: sink,
                                                   keep: reuse.pages[name], stamps: reuse.stamps,
                                                   readBack: reuse.readBack)
            result.publication = publication.details
            result.summary = publication.summary(glossary: opened.folder.glossary)
            return result
        }
        var written = SiteRenderer.Written()
        var publications: [PolicyPublication] = []
        var summaries: [PolicySummary] = []
        var links: [SiteLinkChecker.PageLinks] = []
        for result in results {
            diagnostics += result.diagnostics
            if let publication = result.publication { publications.append(publication) }
            if let summary = result.summary { summaries.append(summary) }
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
        if let today = options.today {
            diagnostics += publications.flatMap { ReviewChecks.check($0.current.policy.edition, policy: $0.id, today: today) }
        }
        if options.strict { diagnostics = diagnostics.map(\.strict) }
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics.inReadingOrder) }
        do throws(WriteFailure) {
            let sharedPages = try SiteRenderer.writeSharedPages(site: site, renderer: renderer, summaries: summaries,
                                                                search: search != nil, into: sink)
            written.shared = sharedPages.paths
            let broken = SiteLinkChecker.check(links + sharedPages.links, files: Set(sink.files.keys), shownAs: options.output,
                                               templates: options.templates)
            guard broken.isEmpty else { return Outcome(diagnostics: (diagnostics + broken).inReadingOrder) }
            if let search, case .failure(let failure) = search.indexer.index(site: search.siteFolder, into: sink) {
                if let output = failure.output { throw WriteFailure(output) }
                return Outcome(diagnostics: (diagnostics + [.error(at: SourceLocation(file: options.output),
                                                                    "the search index could not be made: \(failure.detail)",
                                                                    hint: "build again; if it keeps happening, " + SearchIndexer.installHint)]).inReadingOrder)
            }
        } catch {
            return Outcome(diagnostics: (diagnostics + error.diagnostics).inReadingOrder)
        }
        return Outcome(diagnostics: diagnostics.inReadingOrder,
                       site: Site(written: written, publications: publications, summaries: summaries,
                                  cachedDiagnostics: cachedDiagnostics))
    }
}
