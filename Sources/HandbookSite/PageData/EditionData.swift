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
    package var fingerprint: String
    package var fingerprintShort: String
    package var policyURL: String
    package var changesURL: String
    package var hasReleases: Bool
    package var isDraft: Bool
    package var material: Bool
    /// For a correction: the signed edition that still covers it, if any.
    package var coveredBy: String?
    package var changes: String?
    package var released: String?
    package var releasedISO: String?
    package var isSuperseded: Bool
    package var latestVersion: String?
    package var versions: [VersionLink]

    package func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "version": version
        case "effective": effective
        case "effectiveISO": effectiveISO
        case "reviewBy": reviewBy
        case "reviewByISO": reviewByISO
        case "owner": owner
        case "approvedBy": approvedBy
        case "fingerprint": fingerprint
        case "fingerprintShort": fingerprintShort
        case "policyURL": policyURL
        case "changesURL": changesURL
        case "hasReleases": hasReleases
        case "isDraft": isDraft
        case "material": material
        case "coveredBy": coveredBy
        case "changes": changes
        case "released": released
        case "releasedISO": releasedISO
        case "isSuperseded": isSuperseded ? true : nil
        case "latestVersion": latestVersion
        case "versions": versions
        default: nil
        }
    }
}

/// One released edition in an edition list.
package struct VersionLink: PageData {
    package var version: String
    package var released: String
    package var effective: String
    package var url: String
    package var isThisPage: Bool
    package var isLatest: Bool

    package func child(named name: String) -> Any? {
        switch name {
        case "version": version
        case "released": released
        case "effective": effective
        case "url": url
        case "isThisPage": isThisPage
        case "isLatest": isLatest
        default: nil
        }
    }
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

    package func child(named name: String) -> Any? {
        switch name {
        case "url": url
        case "current": current
        case "isFullText": isFullText
        case "isChanges": isChanges
        case "isReader": isReader
        case "audienceName": audienceName
        // Never looked up further out: the page's own band would answer for every link.
        case "bandName": bandName ?? false
        default: nil
        }
    }
}

/// A link with a title from content, such as another policy's.
package struct TitledLink: PageData {
    package var title: String
    package var url: String

    package func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}
