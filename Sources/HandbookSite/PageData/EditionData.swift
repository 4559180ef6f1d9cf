import HandbookModel
import HandbookTemplates

/// Version, dates, fingerprint and status of the edition a page was built from.
package struct EditionData: PageData {
    package var title: String
    package var version: String
    package var effective: String
    package var effectiveISO: String
    package var reviewBy: String
    package var reviewByISO: String
    package var owner: String
    package var approvedBy: String
    /// When and where the edition shown was approved, as its edition.yml records; nil for a draft
    /// and for an edition released before approvals were recorded.
    package var approval: ApprovalData?
    package var fingerprint: String
    package var fingerprintShort: String
    package var policyURL: String
    package var changesURL: String
    package var hasReleases: Bool
    package var isDraft: Bool
    package var material: Bool
    /// For a correction: the signed edition that still covers it, if any.
    package var coveredBy: String?
    /// Whom the edition asks to sign again.
    package var signing: SigningData
    package var changes: String?
    package var released: String?
    package var releasedISO: String?
    package var isSuperseded: Bool
    package var latestVersion: String?
    package var versions: [VersionLink]

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "version": .field(\.version),
        "effective": .field(\.effective),
        "effectiveISO": .field(\.effectiveISO),
        "reviewBy": .field(\.reviewBy),
        "reviewByISO": .field(\.reviewByISO),
        "owner": .field(\.owner),
        "approvedBy": .field(\.approvedBy),
        "approval": .field(\.approval),
        "fingerprint": .field(\.fingerprint),
        "fingerprintShort": .field(\.fingerprintShort),
        "policyURL": .field(\.policyURL),
        "changesURL": .field(\.changesURL),
        "hasReleases": .field(\.hasReleases),
        "isDraft": .field(\.isDraft),
        "material": .field(\.material),
        "coveredBy": .field(\.coveredBy),
        "signing": .field(\.signing),
        "changes": .field(\.changes),
        "released": .field(\.released),
        "releasedISO": .field(\.releasedISO),
        "isSuperseded": .field(\.isSuperseded),
        "latestVersion": .field(\.latestVersion),
        "versions": .field(\.versions),
    ]
}

/// Who approved an edition, on which day, and the minute that records it.
package struct ApprovalData: PageData {
    package var approvedBy: String
    package var date: String
    package var dateISO: String
    package var minute: String

    package init(approvedBy: String, approval: Approval) {
        self.approvedBy = approvedBy
        date = approval.date.longForm
        dateISO = approval.date.description
        minute = approval.minute
    }

    package static let templateFields: TemplateFields<Self> = [
        "approvedBy": .field(\.approvedBy),
        "date": .field(\.date),
        "dateISO": .field(\.dateISO),
        "minute": .field(\.minute),
    ]
}

/// One released edition in an edition list.
package struct VersionLink: PageData {
    package var version: String
    package var released: String
    package var effective: String
    package var url: String
    package var isThisPage: Bool
    package var isLatest: Bool

    package static let templateFields: TemplateFields<Self> = [
        "version": .field(\.version),
        "released": .field(\.released),
        "effective": .field(\.effective),
        "url": .field(\.url),
        "isThisPage": .field(\.isThisPage),
        "isLatest": .field(\.isLatest),
    ]
}

/// A link to one reader's view of a policy, in the "read this policy for" list.
package struct ViewLink: PageData {
    package var url: String
    package var current: Bool
    package var isFullText = false
    package var isChanges = false
    /// A reader's view: its audience and, for pupils, its band.
    package var isReader: Bool { !isFullText && !isChanges }
    package var audienceName = ""
    package var bandName: String?

    package static let templateFields: TemplateFields<Self> = [
        "url": .field(\.url),
        "current": .field(\.current),
        "isFullText": .field(\.isFullText),
        "isChanges": .field(\.isChanges),
        "isReader": .field(\.isReader),
        "audienceName": .field(\.audienceName),
        "bandName": .field(\.bandName),
    ]
}

/// A link with a title from content, such as another policy's.
package struct TitledLink: PageData {
    package var title: String
    package var url: String
    /// A link to a policy shown as a draft, in a draft build.
    package var isDraft: Bool = false

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "url": .field(\.url),
        "isDraft": .field(\.isDraft),
    ]
}
