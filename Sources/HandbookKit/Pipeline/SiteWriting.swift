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
            let html: String
            do {
                html = try renderer.render(page)
            } catch {
                throw WriteFailure(error, templates: renderer.templates.directory)
            }
            let bytes = Array(html.utf8)
            do {
                try sink.write(bytes, to: page.path)
            } catch {
                throw WriteFailure(error)
            }
            paths.append(page.path)
            links.append(SiteLinkChecker.PageLinks(path: page.path, html: Data(bytes), template: page.template,
                                                   linkSources: page.linkSources))
        }
    }

    /// Writes one policy's pages. `keep` lists its pages from the last build when its folder did
    /// not change: they are linked from the previous site instead of rendered, if every one is
    /// still as that build left it (`stamps`). Otherwise all are rendered afresh.
    static func writePages(of publication: PolicyPublication, site: SiteModel, renderer: PageRenderer,
                           into sink: some OutputSink, keep: [String]?, stamps: [String: String],
                           readBack: (String) -> Data?) -> Result<Pages, Failure> {
        if let keep, keep.allSatisfy({ sink.reuse($0, stamp: stamps[$0]) }) {
            let links = keep.compactMap { path in
                readBack(path).map { SiteLinkChecker.PageLinks(path: path, html: $0) }
            }
            return .success(Pages(paths: keep, links: links, reused: true))
        }
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
        var pages = Pages()
        for page in site.sharedPages(summaries, search: search) { try pages.write(page, renderer: renderer, into: sink) }
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
