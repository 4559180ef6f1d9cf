/// A released policy's review: when its newest released edition says it must be reviewed by,
/// and who owns and approves it. Drafts have none; their dates are not yet agreed.
public struct PolicyReview: Sendable, Hashable {
    public var reviewBy: CalendarDate
    public var owner: String
    public var approvedBy: String
    /// The released edition the date comes from.
    public var version: String
    public var released: CalendarDate

    public init(reviewBy: CalendarDate, owner: String, approvedBy: String, version: String, released: CalendarDate) {
        self.reviewBy = reviewBy
        self.owner = owner
        self.approvedBy = approvedBy
        self.version = version
        self.released = released
    }
}

extension PolicyEntry {
    /// The review the newest release sets; nil while nothing is released.
    public var review: PolicyReview? {
        guard let release = latestRelease else { return nil }
        let edition = release.policy.edition
        return PolicyReview(reviewBy: edition.reviewBy, owner: edition.owner, approvedBy: edition.approvedBy,
                            version: release.version.text, released: release.released)
    }
}
