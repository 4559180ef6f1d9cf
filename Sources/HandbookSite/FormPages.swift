import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// The printable forms published in the site: a blank sign-off sheet for each audience without
/// bands that acknowledges rules, and an agreement for each band. Never any names.
extension PageBuilder {
    package static let blankSignatureRows = 24

    package func formPages(_ publication: PolicyPublication) -> [Page] {
        var pages: [Page] = []
        let policy = publication.current.policy
        for audience in config.audiences {
            let signs = policy.rules.contains { $0.acknowledge.contains { $0.value == audience.id } }
            guard signs else { continue }
            if audience.hasBands {
                for band in audience.bands {
                    let page = SitePaths.form(publication.id, FormContext.slug(audience, band: band))
                    let context = FormContext.sheet(publication, audience: audience, band: band, config: config, page: page)
                    pages.append((page, templates.render("agreement", context)))
                }
            } else {
                let page = SitePaths.form(publication.id, FormContext.slug(audience, band: nil))
                var context = FormContext.sheet(publication, audience: audience, band: nil, config: config, page: page)
                context["rows"] = (1...Self.blankSignatureRows).map { ["row": $0] }
                pages.append((page, templates.render("sign-off", context)))
            }
        }
        return pages
    }
}
