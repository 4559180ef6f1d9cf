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
    /// A site that passed every check, written into the sink.
    struct Site: Sendable {
        var written: SiteRenderer.Written
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
                                         search: Search? = nil) async -> Outcome {
        var clock = PhaseClock()
        let (opened, openDiagnostics) = ContentChecker.open(options.content)
        clock.lap("  open")
        var diagnostics = openDiagnostics
        guard let opened else { return Outcome(diagnostics: diagnostics.inReadingOrder) }
        let directory = PolicyDirectory.read(opened.folder, drafts: options.drafts)
        let site = SiteModel(config: opened.config, glossary: opened.folder.glossary, templates: templates,
                             directory: directory)
        let renderer = PageRenderer(config: opened.config, templates: templates, hasSearch: search != nil)
        let configIsSound = !diagnostics.hasErrors
        let strict = options.strict
        clock.lap("  directory")
        let results = await opened.folder.policyFolders.concurrentMap { name -> PolicyBuild in
            let checked = ContentChecker.checkPolicy(name, in: opened, drafts: options.drafts)
            var result = PolicyBuild(name: name, diagnostics: checked.diagnostics)
            // Review reminders depend on the day, never on the site.
            if let today = options.today, let publication = checked.publication {
                result.diagnostics += ReviewChecks.check(publication.current.policy.edition, policy: publication.id, today: today)
            }
            let blocking = strict ? !checked.diagnostics.isEmpty : checked.diagnostics.hasErrors
            guard configIsSound, let publication = checked.publication, !blocking else { return result }
            result.pages = SiteRenderer.writePages(of: publication, site: site, renderer: renderer, into: sink)
            result.summary = publication.summary(glossary: opened.folder.glossary)
            return result
        }
        clock.lap("  policies")
        var written = SiteRenderer.Written()
        var summaries: [PolicySummary] = []
        var links: [SiteLinkChecker.PageLinks] = []
        for result in results {
            diagnostics += result.diagnostics
            if let summary = result.summary { summaries.append(summary) }
            switch result.pages {
            case .success(let pages)?:
                written.policies[result.name] = pages.paths
                links += pages.links
            case .failure(let error)?:
                diagnostics += error.diagnostics
            case nil: break
            }
        }
        if options.strict { diagnostics = diagnostics.map(\.strict) }
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics.inReadingOrder) }
        do throws(WriteFailure) {
            let sharedPages = try SiteRenderer.writeSharedPages(site: site, renderer: renderer, summaries: summaries,
                                                                search: search != nil, into: sink)
            written.shared = sharedPages.paths
            clock.lap("  shared pages")
            links += sharedPages.links
            let broken = SiteLinkChecker.check(links, files: sink.files, shownAs: options.output,
                                               templates: options.templates)
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
                       site: Site(written: written))
    }
}
