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
    /// The edition's fingerprint, as printed on its pages and sheets: see `Fingerprint`.
    public var fingerprint: Fingerprint
    /// The fingerprint of what the edition says, placement lines left out: what tells whether two
    /// editions differ. The same as `fingerprint`, except for an edition released with placement
    /// lines before they were left out, whose record keeps the fingerprint of its whole files.
    public var textFingerprint: Fingerprint
    public var fileHashes: FileHashes

    public init(id: String, edition: EditionInfo, body: String, bodyFirstLine: Int, rules: [Rule],
                policyPath: String, rulesPath: String, fingerprint: Fingerprint, textFingerprint: Fingerprint? = nil,
                fileHashes: FileHashes) {
        self.id = id
        self.edition = edition
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.rules = rules
        self.policyPath = policyPath
        self.rulesPath = rulesPath
        self.fingerprint = fingerprint
        self.textFingerprint = textFingerprint ?? fingerprint
        self.fileHashes = fileHashes
    }
}

extension Policy {
    /// This edition filed where `other` is: its category, descriptions, related policies, the
    /// statutory requirements it meets, its keywords and its pupil headings, which say where a policy sits in the handbook and are
    /// taken from the working copy, not from an edition.
    public func placed(like other: Policy) -> Policy {
        var copy = self
        copy.edition.category = other.edition.category
        copy.edition.description = other.edition.description
        copy.edition.related = other.edition.related
        copy.edition.statutory = other.edition.statutory
        copy.edition.pupilDescription = other.edition.pupilDescription
        copy.edition.pupilHeadings = other.edition.pupilHeadings
        copy.edition.keywords = other.edition.keywords
        return copy
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
    /// The day the edition was approved, and the minute that records it: written by the office
    /// before `handbook release`, which requires them. Editions released before they were asked
    /// for have neither.
    public var approvedOn: Located<CalendarDate>?
    public var minute: Located<String>?
    /// Where `approved-by` is written, or the front matter's first line: where a missing approval is reported.
    public var approvalLocation: SourceLocation
    /// Whether staff must sign again for this edition (false for corrections only).
    public var material: Bool
    public var changes: String?
    /// The category id from handbook.yml, where it was written.
    public var category: Located<String>?
    /// Ids of other policies a reader of this one should know about.
    public var related: [Located<String>]
    /// One line on what the policy is about, when given.
    public var description: String?
    /// Ids of the statutory requirements this policy meets (see `StatutoryRequirement`).
    public var statutory: [Located<String>]
    /// One line for pupils' lists, per band; pupils are shown no other description.
    public var pupilDescription: PupilText?
    /// Headings pupils see over the rules of a section; a section without one shows pupils none.
    public var pupilHeadings: [PupilHeading]
    /// Words a reader might look the policy up by ("phones", "photos"), for Topics A to Z.
    public var keywords: [Located<String>]
    public var location: SourceLocation
    public var versionLocation: SourceLocation
    public var reviewByLocation: SourceLocation

    public init(title: String, version: String, effective: CalendarDate, reviewBy: CalendarDate,
                owner: String, approvedBy: String, material: Bool, changes: String?, category: Located<String>? = nil,
                related: [Located<String>] = [], description: String? = nil, statutory: [Located<String>] = [],
                location: SourceLocation,
                versionLocation: SourceLocation, reviewByLocation: SourceLocation,
                approvedOn: Located<CalendarDate>? = nil, minute: Located<String>? = nil,
                approvalLocation: SourceLocation? = nil, pupilDescription: PupilText? = nil,
                pupilHeadings: [PupilHeading] = [], keywords: [Located<String>] = []) {
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
        self.statutory = statutory
        self.location = location
        self.versionLocation = versionLocation
        self.reviewByLocation = reviewByLocation
        self.approvedOn = approvedOn
        self.minute = minute
        self.approvalLocation = approvalLocation ?? location
        self.pupilDescription = pupilDescription
        self.pupilHeadings = pupilHeadings
        self.keywords = keywords
    }

    /// Both approval fields, when both are written.
    public var approval: Approval? {
        guard let approvedOn, let minute else { return nil }
        return Approval(date: approvedOn.value, minute: minute.value)
    }
}
