import Foundation
import HandbookChecks
import HandbookModel
import HandbookOutput
import HandbookSite

/// Renders pages of the site model and writes them, each as soon as it is made, so the whole
/// site is never held in memory.
enum SiteRenderer {
    typealias Failure = WriteFailure

    /// The pages written for each policy, and the ones shared by all.
    struct Written: Sendable {
        var policies: [String: [String]] = [:]
        var shared: [String] = []
        /// Pages linked unchanged from the previous site.
        var reused = 0
        var count: Int { policies.values.reduce(shared.count) { $0 + $1.count } }
    }

    /// The pages one policy (or the shared part of the site) wrote, with their links for the
    /// link check.
    struct Pages: Sendable {
        var paths: [String] = []
        var links: [SiteLinkChecker.PageLinks] = []
        /// True when every page was kept from the previous site.
        var reused = false

        fileprivate mutating func write(_ page: SitePage, renderer: PageRenderer, into sink: some OutputSink)
            throws(WriteFailure) {
            let bytes: [UInt8]
            do {
                bytes = try renderer.renderBytes(page)
            } catch {
                throw WriteFailure(error, templates: renderer.templates.directory)
            }
            do {
                try sink.write(bytes, to: page.path)
            } catch {
                throw WriteFailure(error)
            }
            paths.append(page.path)
            links.append(SiteLinkChecker.PageLinks(path: page.path, html: bytes, template: page.template,
                                                   linkSources: page.linkSources))
        }
    }

    /// What a policy left in the site: its pages, findings and summary, and its review date.
    struct PolicyOutcome: Sendable {
        var pages: [String]
        var diagnostics: [Diagnostic]
        var summary: PolicySummary
        var review: BuildCache.ReviewRecord
    }

    /// Links a kept policy's pages from the previous site, with the links they were found to
    /// hold; nil when any page is no longer as that build left it (`stamps`) or its links were
    /// not kept, and the policy must be checked and rendered afresh.
    static func keepPages(of record: BuildCache.PolicyRecord, into sink: some OutputSink, stamps: [String: String],
                          links: [String: SiteLinkChecker.PageLinks]) -> Pages? {
        let found = record.pages.compactMap { links[$0] }
        guard found.count == record.pages.count, record.pages.allSatisfy({ sink.reuse($0, stamp: stamps[$0]) })
        else { return nil }
        return Pages(paths: record.pages, links: found, reused: true)
    }

    /// Renders and writes one policy's pages.
    static func writePages(of publication: PolicyPublication, site: SiteModel, renderer: PageRenderer,
                           into sink: some OutputSink) -> Result<Pages, Failure> {
        do throws(WriteFailure) {
            let made: [SitePage]
            do {
                made = try site.pages(of: publication)
            } catch {
                throw WriteFailure(error, templates: renderer.templates.directory)
            }
            var pages = Pages()
            for page in made { try pages.write(page, renderer: renderer, into: sink) }
            return .success(pages)
        } catch {
            return .failure(error)
        }
    }

    /// The index, the accessibility statement and the assets: written on every build.
    static func writeSharedPages(site: SiteModel, renderer: PageRenderer, summaries: [PolicySummary], search: Bool,
                                 into sink: some OutputSink) throws(WriteFailure) -> Pages {
        // A few large pages (topics A to Z, each reader's home), rendered side by side.
        let results = site.sharedPages(summaries, search: search).parallelMap { page -> Result<Pages, WriteFailure> in
            var one = Pages()
            do throws(WriteFailure) {
                try one.write(page, renderer: renderer, into: sink)
                return .success(one)
            } catch {
                return .failure(error)
            }
        }
        var pages = Pages()
        for result in results {
            let one = try result.get()
            pages.paths += one.paths
            pages.links += one.links
        }
        for asset in renderer.templates.assets {
            do {
                try sink.write(Array(asset.data), to: "assets/" + asset.path)
            } catch {
                throw WriteFailure(error)
            }
        }
        return pages
    }
}
