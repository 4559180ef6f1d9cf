import HandbookChecks
import HandbookEditions
import HandbookModel

/// The edition facts every policy page shows: version, dates, fingerprint, status and the list of editions.
struct EditionDetails {
    let publication: PolicyPublication
    let config: HandbookConfig
    /// Whom each edition asks to sign; a draft with a version of its own is planned as the next edition.
    let plan: SigningPlan
    /// Whether the plan's newest edition is the text the pages show; not so for a draft that
    /// keeps the version of the edition it changes.
    private let plansCurrentText: Bool

    init(publication: PolicyPublication, config: HandbookConfig) {
        self.publication = publication
        self.config = config
        var editions = publication.releases.map(\.prepared.policy)
        let draft = publication.current.policy
        let draftHasItsOwnVersion = !editions.contains { $0.edition.version == draft.edition.version }
        if publication.isDraft, draftHasItsOwnVersion {
            editions.append(draft)
        }
        plansCurrentText = !publication.isDraft || draftHasItsOwnVersion
        plan = SigningPlan(editions: editions, config: config)
    }

    /// What `reader` signs in the text the pages show, taken from the plan where it holds that text.
    func currentPart(for reader: ReaderKey) -> ReaderPart? {
        let current = publication.current.policy
        if plansCurrentText, let step = plan.step(current.edition.version) { return step.parts[reader] }
        return ReaderPart(current, reader: reader, signsWholePolicy: config.audience(reader.audience)?.signsWholePolicy ?? false)
    }

    /// `reader`: the page or sheet is for that reader alone, and says whether they sign again.
    func data(_ policy: Policy, page: String, release: ReleasedEdition? = nil, reader: ReaderKey? = nil) -> EditionData {
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
            owner: edition.owner, approvedBy: edition.approvedBy, approval: shown.flatMap(Self.approval),
            fingerprint: policy.fingerprint.hex, fingerprintShort: policy.fingerprint.short,
            policyURL: root + SitePaths.policy(publication.id), changesURL: root + SitePaths.changes(publication.id),
            hasReleases: !publication.releases.isEmpty, isDraft: isDraft,
            material: edition.material, coveredBy: coveredBy(policy, reader: reader),
            signing: signing(edition.version, reader: reader), changes: edition.changes,
            released: shown?.released.longForm, releasedISO: shown?.released.description,
            isSuperseded: superseded, latestVersion: superseded ? latest?.version.text : nil,
            versions: publication.releases.reversed().map { entry in
                let path = SitePaths.edition(publication.id, version: entry.edition.version.text)
                return VersionLink(version: entry.edition.version.text, released: entry.edition.released.longForm,
                                   effective: entry.edition.policy.edition.effective.longForm, url: root + path,
                                   isThisPage: path == page
                                       || (release == nil && !isDraft && entry.edition.version == latest?.version),
                                   isLatest: entry.edition.version == latest?.version)
            })
    }

    /// For a correction, the signed edition that still covers it: for one reader, the last that
    /// changed what they sign.
    func coveredBy(_ policy: Policy, reader: ReaderKey? = nil) -> String? {
        guard !policy.edition.material, let version = VersionNumber(policy.edition.version) else { return nil }
        if let reader, let from = plan.step(policy.edition.version)?.signFrom[reader], from != policy.edition.version {
            return from
        }
        return publication.entry.signedEdition(covering: version)?.version.text
    }

    /// Whom the edition asks to sign again; for a reader who signs it, whether it asks them.
    func signing(_ version: String, reader: ReaderKey? = nil) -> SigningData {
        var data = SigningData(askedNames: Self.sentence(SigningPlan.names(plan.asked(version), config: config)),
                               unaskedNames: Self.sentence(SigningPlan.names(plan.notAsked(version), config: config)))
        if let reader, let from = plan.step(version)?.signFrom[reader] {
            data.readerName = Self.sentence(SigningPlan.names([reader], config: config))
            data.readerAsked = from == version
            data.readerCoveredBy = from == version ? nil : from
        }
        return data
    }

    /// The approval a released edition's record holds, with who gave it.
    static func approval(_ release: ReleasedEdition) -> ApprovalData? {
        release.recordedApproval.map { ApprovalData(approvedBy: release.policy.edition.approvedBy, approval: $0.value) }
    }

    /// Names listed to begin a sentence.
    private static func sentence(_ names: [String]) -> String? {
        SigningPlan.list(names).map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    /// Links to every view of a policy, for the "read this for…" list on each page.
    func viewLinks(config: HandbookConfig, page: String) -> [ViewLink] {
        let root = SitePaths.root(of: page)
        var links: [ViewLink] = []
        for audience in config.audiences {
            for band in audience.views {
                let path = SitePaths.audienceView(audience.id, band: band?.id, policy: publication.id)
                links.append(ViewLink(url: root + path, current: path == page, audienceName: audience.name,
                                      bandName: band?.name))
            }
        }
        let policyPath = SitePaths.policy(publication.id)
        links.append(ViewLink(url: root + policyPath, current: page == policyPath, isFullText: true))
        if !publication.releases.isEmpty {
            let changesPath = SitePaths.changes(publication.id)
            links.append(ViewLink(url: root + changesPath, current: page == changesPath, isChanges: true))
        }
        return links
    }
}
