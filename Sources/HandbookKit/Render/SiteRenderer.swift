import Foundation

/// Turns a checked handbook into the files of its site.
enum SiteRenderer {
    static func render(_ handbook: Handbook, policies: [PreparedPolicy], templates: TemplateSet) -> [SiteFile] {
        let builder = PageBuilder(config: handbook.config, templates: templates)
        var pages: [(path: String, html: String)] = [builder.indexPage(handbook.policies)]
        for prepared in policies {
            pages.append(builder.policyPage(prepared))
            for audience in handbook.config.audiences {
                if audience.hasBands {
                    for band in audience.bands {
                        pages.append(builder.audiencePage(prepared, audience: audience, band: band))
                    }
                } else {
                    pages.append(builder.audiencePage(prepared, audience: audience, band: nil))
                }
            }
        }
        var files = pages.map { SiteFile(path: $0.path, data: Data($0.html.utf8)) }
        files += templates.assets.map { SiteFile(path: "assets/" + $0.path, data: $0.data) }
        return files.sorted { $0.path < $1.path }
    }
}
