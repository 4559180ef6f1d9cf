/// One policy as the office keeps it: its edition details, its text and its rules.
public struct Policy: Sendable, Hashable {
    /// The folder name under `policies/`, used in every URL.
    public var id: String
    public var edition: EditionInfo
    /// The Markdown after the front matter.
    public var body: String
    /// The line of policy.md on which `body` starts.
    public var bodyFirstLine: Int
    public var rules: [Rule]
    public var policyPath: String
    public var rulesPath: String
    /// SHA-256 of policy.md and rules.yml as they are on disk.
    public var fingerprint: Fingerprint
    public var fileHashes: FileHashes

    public init(id: String, edition: EditionInfo, body: String, bodyFirstLine: Int, rules: [Rule],
                policyPath: String, rulesPath: String, fingerprint: Fingerprint, fileHashes: FileHashes) {
        self.id = id
        self.edition = edition
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.rules = rules
        self.policyPath = policyPath
        self.rulesPath = rulesPath
        self.fingerprint = fingerprint
        self.fileHashes = fileHashes
    }
}

/// The front matter of policy.md.
public struct EditionInfo: Sendable, Hashable {
    public var title: String
    public var version: String
    public var effective: CalendarDate
    public var reviewBy: CalendarDate
    public var owner: String
    public var approvedBy: String
    /// Whether staff must sign again for this edition (false for corrections only).
    public var material: Bool
    public var changes: String?
    /// The category id from handbook.yml, where it was written.
    public var category: Located<String>?
    /// Ids of other policies a reader of this one should know about.
    public var related: [Located<String>]
    /// One line on what the policy is about, when given.
    public var description: String?
    public var location: SourceLocation
    public var versionLocation: SourceLocation
    public var reviewByLocation: SourceLocation

    public init(title: String, version: String, effective: CalendarDate, reviewBy: CalendarDate,
                owner: String, approvedBy: String, material: Bool, changes: String?, category: Located<String>? = nil,
                related: [Located<String>] = [], description: String? = nil, location: SourceLocation,
                versionLocation: SourceLocation, reviewByLocation: SourceLocation) {
        self.title = title
        self.version = version
        self.effective = effective
        self.reviewBy = reviewBy
        self.owner = owner
        self.approvedBy = approvedBy
        self.material = material
        self.changes = changes
        self.category = category
        self.related = related
        self.description = description
        self.location = location
        self.versionLocation = versionLocation
        self.reviewByLocation = reviewByLocation
    }
}
