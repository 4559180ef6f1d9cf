import HandbookChecks
import HandbookEditions
import HandbookModel
import HandbookRecords

extension EditionCatalog {
    /// The released editions of every policy and who signs each, from the checked content.
    /// Only releases count: a draft is never signed. Each reader's edition to sign comes from
    /// the `SigningPlan`, so the records ask again only those whose part changed.
    init(config: HandbookConfig, policies: [PolicyPublication]) {
        self.init(
            policies: policies.map { publication in
                let entry = publication.entry
                let newest = entry.latestRelease?.policy ?? entry.working
                let signers = Set(newest.rules.flatMap { $0.acknowledge.map { String($0.value.split(separator: "/").first ?? "") } })
                let plan = SigningPlan(editions: entry.releases.map(\.policy), config: config)
                let signFrom = (plan.steps.last?.signFrom ?? [:]).reduce(into: [String: VersionNumber]()) { cells, entry in
                    cells[entry.key.band.map { "\(entry.key.audience)/\($0)" } ?? entry.key.audience] = VersionNumber(entry.value)
                }
                return PolicyEditions(
                    id: entry.id, title: (entry.latestRelease?.policy ?? entry.working).edition.title,
                    editions: entry.releases.map {
                        Edition(version: $0.version, fingerprint: $0.recordedFingerprint, material: $0.policy.edition.material)
                    },
                    signers: signers, signFrom: signFrom)
            },
            audiences: config.audiences.map { AudienceInfo(id: $0.id, bands: $0.hasBands ? $0.bands.map(\.id) : []) },
            handbookPath: config.path)
    }
}
