import HandbookChecks
import HandbookModel

/// The front page: each reader's way in, then every policy in full.
struct IndexPage {
    let config: HandbookConfig
    let publications: [PolicyPublication]

    func page() -> SitePage {
        let page = SitePaths.index
        let policies = publications.map { publication in
            var entry = EditionDetails(publication: publication).data(publication.current.policy, page: page)
            entry.id = publication.id
            return entry
        }
        let audiences = config.audiences.map { audience in
            let links = { (band: String?) in
                publications.map { publication in
                    TitledLink(title: publication.current.policy.edition.title,
                               url: SitePaths.audienceView(audience.id, band: band, policy: publication.id))
                }
            }
            return AudienceChoice(id: audience.id, name: audience.name, hasBands: audience.hasBands,
                                  policies: audience.hasBands ? [] : links(nil),
                                  bands: audience.hasBands ? audience.bands.map { band in
                                      BandChoice(id: band.id, name: band.name, ages: AgesData(band.ages), policies: links(band.id))
                                  } : [])
        }
        return SitePage(kind: .index, path: page, template: "index", bodyClass: "page-index",
                        data: IndexData(audiences: audiences, policies: policies))
    }
}
