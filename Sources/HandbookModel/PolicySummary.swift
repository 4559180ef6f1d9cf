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
    /// The headings of the text shown, for the topic index.
    public var headings: [HeadingEntry]
    /// Glossary terms the text uses, for the topic index.
    public var terms: [String]
    /// Every `readability-exception` of its rules, for the governors' list.
    public var readabilityExceptions: [ExceptionNote]
    /// The newest release's review date, owner and approver, for the review calendar; nil for a draft.
    public var review: PolicyReview?
    /// Who approved the edition shown, as its front matter says.
    public var approvedBy: String
    /// Ids of the statutory requirements the policy meets.
    public var statutory: [String]
    /// The languages the policy is translated into, with its title in each where that is
    /// translated from the English title as it is now.
    public var translations: [String: String?] = [:]

    public init(id: String, title: String, description: String, category: String?, version: String,
                effective: CalendarDate, reviewBy: CalendarDate, isDraft: Bool, readers: Set<ReaderKey>,
                signers: Set<ReaderKey>, releases: [ReleaseNote], headings: [HeadingEntry] = [], terms: [String] = [],
                readabilityExceptions: [ExceptionNote] = [], review: PolicyReview? = nil,
                approvedBy: String = "", statutory: [String] = []) {
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
        self.headings = headings
        self.terms = terms
        self.readabilityExceptions = readabilityExceptions
        self.review = review
        self.approvedBy = approvedBy
        self.statutory = statutory
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

/// A heading of a policy's text and its anchor on the policy's page.
public struct HeadingEntry: Sendable, Hashable {
    public var text: String
    public var id: String

    public init(text: String, id: String) {
        self.text = text
        self.id = id
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
