import Foundation

/// Turns a checked handbook into the files of its site.
enum SiteRenderer {
    static func render(_ handbook: Handbook, publications: [PolicyPublication], templates: TemplateSet) -> [SiteFile] {
        let builder = PageBuilder(config: handbook.config, templates: templates)
        var pages: [PageBuilder.Page] = [builder.indexPage(publications), builder.accessibilityPage()]
        for publication in publications {
            pages.append(builder.policyPage(publication, prepared: publication.current))
            for (release, prepared) in publication.releases {
                pages.append(builder.policyPage(publication, release: release, prepared: prepared))
            }
            if !publication.releases.isEmpty { pages.append(builder.changesPage(publication)) }
            pages += builder.formPages(publication)
            for audience in handbook.config.audiences {
                if audience.hasBands {
                    for band in audience.bands {
                        pages.append(builder.audiencePage(publication, audience: audience, band: band))
                    }
                } else {
                    pages.append(builder.audiencePage(publication, audience: audience, band: nil))
                }
            }
        }
        var files = pages.map { SiteFile(path: $0.path, data: Data($0.html.utf8)) }
        files += templates.assets.map { SiteFile(path: "assets/" + $0.path, data: $0.data) }
        return files.sorted { $0.path < $1.path }
    }
}
