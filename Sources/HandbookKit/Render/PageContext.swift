/// The values every page template receives, shared by the page builders.
enum PageContext {
    static func base(page: String, title: String, config: HandbookConfig, bodyClass: String) -> [String: Any] {
        [
            "root": SitePaths.root(of: page),
            "pageTitle": title,
            "school": config.school,
            "handbookTitle": config.title,
            "bodyClass": bodyClass,
            "homeURL": SitePaths.root(of: page) + SitePaths.index,
        ]
    }

    /// Version, dates and fingerprint of the edition a page was built from.
    static func edition(_ policy: Policy, page: String) -> [String: Any] {
        let edition = policy.edition
        return [
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
            "policyURL": SitePaths.root(of: page) + SitePaths.policy(policy.id),
        ]
    }
}
