import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// The values every page template receives, shared by the page builders.
package enum PageContext {
    package static func base(page: String, title: String, config: HandbookConfig, bodyClass: String) -> [String: Any] {
        [
            "root": SitePaths.root(of: page),
            "pageTitle": title,
            "school": config.school,
            "handbookTitle": config.title,
            "bodyClass": bodyClass,
            "homeURL": SitePaths.root(of: page) + SitePaths.index,
        ]
    }

    /// Version, dates, fingerprint and status of the edition a page was built from.
    package static func edition(_ policy: Policy, publication: PolicyPublication, page: String,
                        release: ReleasedEdition? = nil) -> [String: Any] {
        let edition = policy.edition
        let root = SitePaths.root(of: page)
        let latest = publication.releases.last?.edition
        let isDraft = release == nil && publication.isDraft
        var context: [String: Any] = [
            "title": edition.title,
            "version": edition.version,
            "effective": edition.effective.longForm,
            "effectiveISO": edition.effective.description,
            "reviewBy": edition.reviewBy.longForm,
            "reviewByISO": edition.reviewBy.description,
            "owner": edition.owner,
            "approvedBy": edition.approvedBy,
            "fingerprint": policy.fingerprint.hex,
            "fingerprintShort": policy.fingerprint.short,
            "policyURL": root + SitePaths.policy(publication.id),
            "changesURL": root + SitePaths.changes(publication.id),
            "hasReleases": !publication.releases.isEmpty,
            "isDraft": isDraft,
            "signOff": signOff(policy, publication: publication, release: release, isDraft: isDraft),
        ]
        if let changes = edition.changes { context["changes"] = changes }
        if let shown = release ?? (isDraft ? nil : latest) {
            context["released"] = shown.released.longForm
            context["releasedISO"] = shown.released.description
        }
        if let release, let latest, release.version != latest.version {
            context["isSuperseded"] = true
            context["latestVersion"] = latest.version.text
        }
        context["versions"] = publication.releases.reversed().map { entry -> [String: Any] in
            let path = SitePaths.edition(publication.id, version: entry.edition.version.text)
            return ["version": entry.edition.version.text,
                    "released": entry.edition.released.longForm,
                    "effective": entry.edition.policy.edition.effective.longForm,
                    "url": root + path,
                    "isThisPage": path == page || (release == nil && !isDraft && entry.edition.version == latest?.version),
                    "isLatest": entry.edition.version == latest?.version]
        }
        return context
    }

    /// Whether staff must sign for this edition or an earlier signature still covers it.
    package static func signOff(_ policy: Policy, publication: PolicyPublication, release: ReleasedEdition?,
                        isDraft: Bool) -> String {
        let version = policy.edition.version
        if isDraft { return "This draft is not released: nobody signs for it yet." }
        if policy.edition.material { return "Staff sign for this edition (\(version))." }
        guard let parsed = VersionNumber(version),
              let covering = publication.entry.signedEdition(covering: parsed) else {
            return "Corrections only: staff who signed an earlier edition do not need to sign again."
        }
        return "Corrections only: a signature for edition \(covering.version) still covers edition \(version)."
    }
}
