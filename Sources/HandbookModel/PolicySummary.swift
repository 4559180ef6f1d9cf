/// A reader of the handbook: an audience, and for pupils one band of it.
public struct ReaderKey: Sendable, Hashable {
    public var audience: String
    public var band: String?

    public init(audience: String, band: String?) {
        self.audience = audience
        self.band = band
    }
}

/// What the pages about the whole handbook need to know of one policy, without its text: what
/// it is, whom it concerns, who signs, and what changed last.
public struct PolicySummary: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: String
    /// One line for each band of pupils, when the policy gives it: pupils are shown no other.
    public var pupilDescription: PupilText?
    public var category: String?
    public var version: String
    public var effective: CalendarDate
    public var reviewBy: CalendarDate
    public var isDraft: Bool
    /// Readers with a summary of at least one rule.
    public var readers: Set<ReaderKey>
    /// Readers asked to sign for at least one rule.
    public var signers: Set<ReaderKey>
    /// Every release, oldest first.
    public var releases: [ReleaseNote]
    /// The newest release: its version, date and what it changed.
    public var latestRelease: ReleaseNote? { releases.last }
    /// Every `readability-exception` of its rules, for the governors' list.
    public var readabilityExceptions: [ExceptionNote]
    /// The newest release's review date, owner and approver, for the review calendar; nil for a draft.
    public var review: PolicyReview?
    /// Who approved the edition shown, as its front matter says.
    public var approvedBy: String
    /// Ids of the statutory requirements the policy meets.
    public var statutory: [String]
    /// Who owns the edition shown, as its front matter says.
    public var owner: String
    /// When and where the edition shown was approved: a released edition's sealed record, a
    /// draft's front matter; nil when neither says.
    public var approval: Approval?
    /// The front matter's `keywords:`, for the topic index.
    public var keywords: [String]
    /// The rules that have a `title:` of their own, for the topic index.
    public var ruleTopics: [RuleTopic]
    /// The readers the newest release asks to sign, for the "To do" on their home: each reader's
    /// first edition, or a material one that changed their part. Empty for a draft.
    public var askedToSign: Set<ReaderKey> = []
    /// The languages the policy is translated into, with its title in each where that is
    /// translated from the English title as it is now.
    public var translations: [String: String?] = [:]

    public init(id: String, title: String, description: String, category: String?, version: String,
                effective: CalendarDate, reviewBy: CalendarDate, isDraft: Bool, readers: Set<ReaderKey>,
                signers: Set<ReaderKey>, releases: [ReleaseNote],
                readabilityExceptions: [ExceptionNote] = [], review: PolicyReview? = nil,
                approvedBy: String = "", statutory: [String] = [], pupilDescription: PupilText? = nil,
                owner: String = "", approval: Approval? = nil, keywords: [String] = [], ruleTopics: [RuleTopic] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.category = category
        self.version = version
        self.effective = effective
        self.reviewBy = reviewBy
        self.isDraft = isDraft
        self.readers = readers
        self.signers = signers
        self.releases = releases
        self.readabilityExceptions = readabilityExceptions
        self.review = review
        self.approvedBy = approvedBy
        self.statutory = statutory
        self.pupilDescription = pupilDescription
        self.owner = owner
        self.approval = approval
        self.keywords = keywords
        self.ruleTopics = ruleTopics
    }
}

/// A rule's text that may be above its reader's `max-grade`, and why.
public struct ExceptionNote: Sendable, Hashable {
    public var ruleTitle: String
    public var ruleAnchor: String
    public var reader: ReaderKey
    public var reason: String

    public init(ruleTitle: String, ruleAnchor: String, reader: ReaderKey, reason: String) {
        self.ruleTitle = ruleTitle
        self.ruleAnchor = ruleAnchor
        self.reader = reader
        self.reason = reason
    }
}

/// A rule with a `title:` of its own: its anchor on the policy's pages, and the readers whose
/// page shows it.
public struct RuleTopic: Sendable, Hashable {
    public var title: String
    public var anchor: String
    public var readers: Set<ReaderKey>

    public init(title: String, anchor: String, readers: Set<ReaderKey>) {
        self.title = title
        self.anchor = anchor
        self.readers = readers
    }
}

/// A released edition in a list of what is new.
public struct ReleaseNote: Sendable, Hashable {
    public var version: String
    public var released: CalendarDate
    public var changes: String?

    public init(version: String, released: CalendarDate, changes: String?) {
        self.version = version
        self.released = released
        self.changes = changes
    }
}
