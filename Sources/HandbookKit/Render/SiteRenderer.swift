import Foundation

/// Turns a checked handbook into the files of its site, one task per policy, writing each page
/// as soon as it is made so the whole site is never held in memory.
enum SiteRenderer {
    /// The pages written for each policy, and the ones shared by all.
    struct Written: Sendable {
        var policies: [String: [String]] = [:]
        var shared: [String] = []
        var count: Int { policies.values.reduce(shared.count) { $0 + $1.count } }
    }

    /// `keep` names policies whose pages from the last build are still right: they are linked
    /// from the previous site instead of rendered, when every one of them is still there.
    static func render(_ handbook: Handbook, publications: [PolicyPublication], templates: TemplateSet,
                       into staging: SiteStaging, keep: [String: [String]] = [:]) async throws -> Written {
        let builder = PageBuilder(config: handbook.config, templates: templates)
        var written = Written()
        for page in [builder.indexPage(publications), builder.accessibilityPage()] {
            try staging.write(page.path, Data(page.html.utf8))
            written.shared.append(page.path)
        }
        for asset in templates.assets {
            try staging.write("assets/" + asset.path, asset.data)
        }
        let results = await publications.concurrentMap { publication -> (String, Result<[String], Error>) in
            if let pages = keep[publication.id], pages.allSatisfy(staging.reuse) {
                return (publication.id, .success(pages))
            }
            do {
                var paths: [String] = []
                for page in builder.pages(of: publication) {
                    try staging.write(page.path, Data(page.html.utf8))
                    paths.append(page.path)
                }
                return (publication.id, .success(paths))
            } catch {
                return (publication.id, .failure(error))
            }
        }
        for (id, result) in results {
            written.policies[id] = try result.get()
        }
        return written
    }
}

extension PageBuilder {
    /// Every page that belongs to one policy, in a fixed order.
    func pages(of publication: PolicyPublication) -> [Page] {
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
