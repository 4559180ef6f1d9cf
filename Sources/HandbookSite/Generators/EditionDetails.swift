import HandbookChecks
import HandbookModel

/// The edition facts every policy page shows: version, dates, fingerprint, status and the list of editions.
struct EditionDetails {
    let publication: PolicyPublication

    func data(_ policy: Policy, page: String, release: ReleasedEdition? = nil) -> EditionData {
        let edition = policy.edition
        let root = SitePaths.root(of: page)
        let latest = publication.releases.last?.edition
        let isDraft = release == nil && publication.isDraft
        let shown = release ?? (isDraft ? nil : latest)
        let superseded = release.flatMap { release in latest.map { release.version != $0.version } } ?? false
        return EditionData(
            title: edition.title, version: edition.version,
            effective: edition.effective.longForm, effectiveISO: edition.effective.description,
            reviewBy: edition.reviewBy.longForm, reviewByISO: edition.reviewBy.description,
            owner: edition.owner, approvedBy: edition.approvedBy,
            fingerprint: policy.fingerprint.hex, fingerprintShort: policy.fingerprint.short,
            policyURL: root + SitePaths.policy(publication.id), changesURL: root + SitePaths.changes(publication.id),
            hasReleases: !publication.releases.isEmpty, isDraft: isDraft,
            signOff: signOff(policy, isDraft: isDraft), changes: edition.changes,
            released: shown?.released.longForm, releasedISO: shown?.released.description,
            isSuperseded: superseded, latestVersion: superseded ? latest?.version.text : nil,
            versions: publication.releases.reversed().map { entry in
                let path = SitePaths.edition(publication.id, version: entry.edition.version.text)
                return VersionLink(version: entry.edition.version.text, released: entry.edition.released.longForm,
                                   effective: entry.edition.policy.edition.effective.longForm, url: root + path,
                                   isThisPage: path == page
                                       || (release == nil && !isDraft && entry.edition.version == latest?.version),
                                   isLatest: entry.edition.version == latest?.version)
            },
            id: nil)
    }

    /// Whether staff must sign for this edition or an earlier signature still covers it.
    func signOff(_ policy: Policy, isDraft: Bool) -> String {
        let version = policy.edition.version
        if isDraft { return "This draft is not released: nobody signs for it yet." }
        if policy.edition.material { return "Staff sign for this edition (\(version))." }
        guard let parsed = VersionNumber(version),
              let covering = publication.entry.signedEdition(covering: parsed) else {
            return "Corrections only: staff who signed an earlier edition do not need to sign again."
        }
        return "Corrections only: a signature for edition \(covering.version) still covers edition \(version)."
    }

    /// Links to every view of a policy, for the "read this for…" list on each page.
    func viewLinks(config: HandbookConfig, page: String) -> [ViewLink] {
        let root = SitePaths.root(of: page)
        var links: [ViewLink] = []
        for audience in config.audiences {
            for band in audience.views {
                let path = SitePaths.audienceView(audience.id, band: band?.id, policy: publication.id)
                links.append(ViewLink(name: band.map { "\(audience.name): \($0.name)" } ?? audience.name,
                                      url: root + path, current: path == page))
            }
        }
        let policyPath = SitePaths.policy(publication.id)
        links.append(ViewLink(name: "Full policy text", url: root + policyPath, current: page == policyPath))
        if !publication.releases.isEmpty {
            let changesPath = SitePaths.changes(publication.id)
            links.append(ViewLink(name: "What changed", url: root + changesPath, current: page == changesPath))
        }
        return links
    }
}

extension Band {
    /// "ages 7 to 9", when the band gives its ages.
    var agesText: String? { ages.map { "ages \($0.lowerBound) to \($0.upperBound)" } }
}
