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

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(title)
        case "version": .of(version)
        case "effective": .of(effective)
        case "effectiveISO": .of(effectiveISO)
        case "reviewBy": .of(reviewBy)
        case "reviewByISO": .of(reviewByISO)
        case "owner": .of(owner)
        case "approvedBy": .of(approvedBy)
        case "fingerprint": .of(fingerprint)
        case "fingerprintShort": .of(fingerprintShort)
        case "policyURL": .of(policyURL)
        case "changesURL": .of(changesURL)
        case "hasReleases": .of(hasReleases)
        case "isDraft": .of(isDraft)
        case "material": .of(material)
        case "coveredBy": .of(coveredBy)
        case "changes": .of(changes)
        case "released": .of(released)
        case "releasedISO": .of(releasedISO)
        case "isSuperseded": .of(isSuperseded ? true : nil)
        case "latestVersion": .of(latestVersion)
        case "versions": .of(versions)
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

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "version": .of(version)
        case "released": .of(released)
        case "effective": .of(effective)
        case "url": .of(url)
        case "isThisPage": .of(isThisPage)
        case "isLatest": .of(isLatest)
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

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "url": .of(url)
        case "current": .of(current)
        case "isFullText": .of(isFullText)
        case "isChanges": .of(isChanges)
        case "isReader": .of(isReader)
        case "audienceName": .of(audienceName)
        // Never looked up further out: the page's own band would answer for every link.
        case "bandName": .of(bandName) ?? .bool(false)
        default: nil
        }
    }
}

/// A link with a title from content, such as another policy's.
package struct TitledLink: PageData {
    package var title: String
    package var url: String

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(title)
        case "url": .of(url)
        default: nil
        }
    }
}
