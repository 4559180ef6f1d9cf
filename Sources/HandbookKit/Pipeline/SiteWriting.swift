import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite

/// Turns checked policies into the files of their site, writing each page as soon as it is made
/// so the whole site is never held in memory.
package enum SiteRenderer {
    /// The pages written for each policy, and the ones shared by all.
    package struct Written: Sendable {
        package var policies: [String: [String]] = [:]
        package var shared: [String] = []
        /// Pages linked unchanged from the previous site.
        package var reused = 0
        package var count: Int { policies.values.reduce(shared.count) { $0 + $1.count } }
    }

    /// The pages one policy (or the shared part of the site) wrote, with their links for the
    /// link check.
    package struct Pages: Sendable {
        package var paths: [String] = []
        package var links: [SiteLinkChecker.PageLinks] = []
        /// True when every page was kept from the previous site.
        package var reused = false

        fileprivate mutating func write(_ page: PageBuilder.Page, into staging: SiteStaging) throws {
            let html = Data(page.html.utf8)
            try staging.write(page.path, html)
            paths.append(page.path)
            links.append(SiteLinkChecker.PageLinks(path: page.path, html: html))
        }
    }

    /// Writes one policy's pages. `keep` lists its pages from the last build when its folder did
    /// not change: they are linked from the previous site instead of rendered, if every one is
    /// still as that build left it (`stamps`). Otherwise all are rendered afresh.
    package static func writePages(of publication: PolicyPublication, builder: PageBuilder, into staging: SiteStaging,
                           keep: [String]?, stamps: [String: String]) -> Result<Pages, Error> {
        if let keep, keep.allSatisfy({ staging.reuse($0, stamp: stamps[$0]) }) {
            let links = keep.compactMap {
                SiteLinkChecker.PageLinks(path: $0, file: staging.places.staging.appendingPathComponent($0))
            }
            return .success(Pages(paths: keep, links: links, reused: true))
        }
        do {
            var pages = Pages()
            for page in builder.pages(of: publication) { try pages.write(page, into: staging) }
            return .success(pages)
        } catch {
            return .failure(error)
        }
    }

    /// The index, the accessibility statement and the assets: written on every build.
    package static func writeSharedPages(builder: PageBuilder, publications: [PolicyPublication],
                                 into staging: SiteStaging) throws -> Pages {
        var pages = Pages()
        for page in [builder.indexPage(publications), builder.accessibilityPage()] { try pages.write(page, into: staging) }
        for asset in builder.templates.assets {
            try staging.write("assets/" + asset.path, asset.data)
        }
        return pages
    }
}

extension PageBuilder {
    /// Every page that belongs to one policy, in a fixed order.
    package func pages(of publication: PolicyPublication) -> [Page] {
        var pages = [policyPage(publication, prepared: publication.current)]
        for (release, prepared) in publication.releases {
            pages.append(policyPage(publication, release: release, prepared: prepared))
        }
        if !publication.releases.isEmpty { pages.append(changesPage(publication)) }
        pages += formPages(publication)
        for audience in config.audiences {
            if audience.hasBands {
                for band in audience.bands { pages.append(audiencePage(publication, audience: audience, band: band)) }
            } else {
                pages.append(audiencePage(publication, audience: audience, band: nil))
            }
        }
        return pages
    }
}
