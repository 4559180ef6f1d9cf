import HandbookChecks
import HandbookModel
import HandbookRecords

extension EditionCatalog {
    /// The released editions of every policy and who signs each, from the checked content.
    /// Only releases count: a draft is never signed.
    init(config: HandbookConfig, policies: [PolicyPublication]) {
        self.init(
            policies: policies.map { publication in
                let entry = publication.entry
                let newest = entry.latestRelease?.policy ?? entry.working
                let signers = Set(newest.rules.flatMap { $0.acknowledge.map { String($0.value.split(separator: "/").first ?? "") } })
                return PolicyEditions(
                    id: entry.id, title: (entry.latestRelease?.policy ?? entry.working).edition.title,
                    editions: entry.releases.map {
                        Edition(version: $0.version, fingerprint: $0.recordedFingerprint, material: $0.policy.edition.material)
                    },
                    signers: signers)
            },
            audiences: config.audiences.map { AudienceInfo(id: $0.id, bands: $0.hasBands ? $0.bands.map(\.id) : []) },
            handbookPath: config.path)
    }
}
