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
    /// What the last build left that this one may keep: for each policy whose folder did not
    /// change, its pages, findings and summary; the stamp of every file; each page's links.
    struct Reuse: Sendable {
        var policies: [String: BuildCache.PolicyRecord]
        var stamps: [String: String]
        var links: [String: SiteLinkChecker.PageLinks]
        /// The titles and categories of every policy when those records were made: a policy's
        /// pages name the policies related to it, so a change there keeps no policy.
        var directory: String?

        static let none = Reuse(policies: [:], stamps: [:], links: [:], directory: nil)
    }

    /// A site that passed every check, written into the sink.
    struct Site: Sendable {
        var written: SiteRenderer.Written
        /// Each policy with pages: what the next build needs to keep it.
        var policies: [String: SiteRenderer.PolicyOutcome]
        var summaries: [PolicySummary]
        /// The findings to show again when a later build finds nothing changed, but those of
        /// the policies above (review dates aside).
        var otherDiagnostics: [Diagnostic]
        /// Every page's ids and links, for the next build.
        var links: [SiteLinkChecker.PageLinks]
        var directory: String
    }

    struct Outcome: Sendable {
        /// Every finding, in reading order.
        var diagnostics: [Diagnostic]
        /// Nil when anything stopped the build.
        var site: Site?
    }

    /// What one policy's task returns: its findings, and if it is sound, its pages.
    private struct PolicyBuild: Sendable {
        var name: String
        var diagnostics: [Diagnostic]
        var review: BuildCache.ReviewRecord?
        var summary: PolicySummary?
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
        var clock = PhaseClock()
        let (opened, openDiagnostics) = ContentChecker.open(options.content)
        clock.lap("  open")
        var diagnostics = openDiagnostics
        guard let opened else { return Outcome(diagnostics: diagnostics.inReadingOrder) }
        // A policy whose folder did not change since the last build is listed as it was then.
        let unchanged = reuse.policies.mapValues { PolicyListing(id: $0.summary.id, title: $0.summary.title,
                                                                 category: $0.summary.category) }
        let directory = PolicyDirectory.read(opened.folder, drafts: options.drafts, known: unchanged)
        let site = SiteModel(config: opened.config, glossary: opened.folder.glossary, templates: templates,
                             directory: directory)
        let renderer = PageRenderer(config: opened.config, templates: templates, hasSearch: search != nil)
        let configIsSound = !diagnostics.hasErrors
        let strict = options.strict
        let listing = PolicyDirectory.fingerprint(directory)
        clock.lap("  directory")
        let kept = reuse.directory == listing ? reuse.policies : [:]
        let results = await opened.folder.policyFolders.concurrentMap { name -> PolicyBuild in
            if configIsSound, let record = kept[name],
               let pages = SiteRenderer.keepPages(of: record, into: sink, stamps: reuse.stamps, links: reuse.links) {
                return PolicyBuild(name: name, diagnostics: record.diagnostics, review: record.review, summary: record.summary,
                                   pages: .success(pages))
            }
            let checked = ContentChecker.checkPolicy(name, in: opened, drafts: options.drafts)
            var result = PolicyBuild(name: name, diagnostics: checked.diagnostics,
                                     review: checked.publication.map { .init(policy: $0.id, edition: $0.current.policy.edition) })
            let blocking = strict ? !checked.diagnostics.isEmpty : checked.diagnostics.hasErrors
            guard configIsSound, let publication = checked.publication, !blocking else { return result }
            result.pages = SiteRenderer.writePages(of: publication, site: site, renderer: renderer, into: sink)
            result.summary = publication.summary(glossary: opened.folder.glossary)
            return result
        }
        clock.lap("  policies")
        var written = SiteRenderer.Written()
        var outcomes: [String: SiteRenderer.PolicyOutcome] = [:]
        var reviews: [BuildCache.ReviewRecord] = []
        var summaries: [PolicySummary] = []
        var links: [SiteLinkChecker.PageLinks] = []
        var keptPages: Set<String> = []
        var otherDiagnostics = diagnostics
        for result in results {
            diagnostics += result.diagnostics
            if let review = result.review { reviews.append(review) }
            if let summary = result.summary { summaries.append(summary) }
            switch result.pages {
            case .success(let pages)?:
                if let summary = result.summary, let review = result.review {
                    written.policies[result.name] = pages.paths
                    outcomes[result.name] = .init(pages: pages.paths, diagnostics: result.diagnostics, summary: summary,
                                                 review: review)
                } else {
                    otherDiagnostics += result.diagnostics
                }
                if pages.reused {
                    written.reused += pages.paths.count
                    keptPages.formUnion(pages.paths)
                }
                links += pages.links
            case .failure(let error)?:
                diagnostics += error.diagnostics
                otherDiagnostics += result.diagnostics
            case nil: otherDiagnostics += result.diagnostics
            }
        }
        if let today = options.today {
            diagnostics += reviews.flatMap { $0.diagnostics(today: today) }
        }
        if options.strict { diagnostics = diagnostics.map(\.strict) }
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics.inReadingOrder) }
        do throws(WriteFailure) {
            let sharedPages = try SiteRenderer.writeSharedPages(site: site, renderer: renderer, summaries: summaries,
                                                                search: search != nil, into: sink)
            written.shared = sharedPages.paths
            clock.lap("  shared pages")
            links += sharedPages.links
            sink.pagesWritten()
            let last = keptPages.isEmpty ? nil : SiteLinkChecker.LastSite(files: Set(reuse.stamps.keys), links: reuse.links, kept: keptPages)
            let broken = SiteLinkChecker.check(links, files: Set(sink.files.keys), shownAs: options.output,
                                               templates: options.templates, last: last)
            clock.lap("  links")
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
                       site: Site(written: written, policies: outcomes, summaries: summaries,
                                  otherDiagnostics: otherDiagnostics, links: links, directory: listing))
    }
}
