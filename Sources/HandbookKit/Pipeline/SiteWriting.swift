import Foundation
import HandbookChecks
import HandbookModel
import HandbookSite

/// Renders pages of the site model and writes them, each as soon as it is made, so the whole
/// site is never held in memory.
enum SiteRenderer {
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

        fileprivate mutating func write(_ page: SitePage, renderer: PageRenderer, into staging: SiteStaging) throws {
            let html = Data(try renderer.render(page).utf8)
            try staging.write(page.path, html)
            paths.append(page.path)
            links.append(SiteLinkChecker.PageLinks(path: page.path, html: html, template: page.template,
                                                   linkSources: page.linkSources))
        }
    }

    /// Writes one policy's pages. `keep` lists its pages from the last build when its folder did
    /// not change: they are linked from the previous site instead of rendered, if every one is
    /// still as that build left it (`stamps`). Otherwise all are rendered afresh.
    static func writePages(of publication: PolicyPublication, site: SiteModel, renderer: PageRenderer,
                           into staging: SiteStaging, keep: [String]?, stamps: [String: String]) -> Result<Pages, Error> {
        if let keep, keep.allSatisfy({ staging.reuse($0, stamp: stamps[$0]) }) {
            let links = keep.compactMap {
                SiteLinkChecker.PageLinks(path: $0, file: staging.places.staging.appendingPathComponent($0))
            }
            return .success(Pages(paths: keep, links: links, reused: true))
        }
        do {
            var pages = Pages()
            for page in site.pages(of: publication) { try pages.write(page, renderer: renderer, into: staging) }
            return .success(pages)
        } catch {
            return .failure(error)
        }
    }

    /// The index, the accessibility statement and the assets: written on every build.
    static func writeSharedPages(site: SiteModel, renderer: PageRenderer, publications: [PolicyPublication],
                                 into staging: SiteStaging) throws -> Pages {
        var pages = Pages()
        for page in site.sharedPages(publications) { try pages.write(page, renderer: renderer, into: staging) }
        for asset in renderer.templates.assets {
            try staging.write("assets/" + asset.path, asset.data)
        }
        return pages
    }
}
