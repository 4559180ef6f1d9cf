import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// Where each page lives in the site. Every link is relative and names `index.html`, so the site
/// works from `file://`, from a sub-folder and from any static host.
public enum SitePaths {
    public static let index = "index.html"
    public static let accessibility = "accessibility/index.html"
    /// Every policy with its category, version and dates: the governors' list.
    public static let policiesIndex = "policies/index.html"
    /// Topics A to Z.
    public static let topics = "topics/index.html"
    public static let search = "search/index.html"
    /// The search page in a family's language, which searches the pages in that language.
    public static func search(language: String) -> String { "search/\(language)/index.html" }
    /// Every released policy's review date, for calendars to subscribe to.
    public static let reviewCalendar = "reviews.ics"
    /// What a static host shows for an address with no page.
    public static let notFound = "404.html"
    public static let reservedFolders = SiteFolders.reserved

    /// A page's folder, as a public address ends: `policies/p/1.0/index.html` is `policies/p/1.0/`.
    public static func folder(of page: String) -> String {
        page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
    }

    /// One reader's home: every policy with something for them, by category.
    public static func readerHome(_ audience: String, band: String?) -> String {
        if let band { return "\(audience)/\(band)/index.html" }
        return "\(audience)/index.html"
    }

    /// The current edition's full text.
    public static func policy(_ policy: String) -> String { "policies/\(policy)/index.html" }

    /// A released edition's full text, frozen at its own address.
    public static func edition(_ policy: String, version: String) -> String { "policies/\(policy)/\(version)/index.html" }

    public static func changes(_ policy: String) -> String { "policies/\(policy)/changes/index.html" }

    /// An older edition compared with the newest.
    public static func comparison(_ policy: String, since version: String) -> String {
        "policies/\(policy)/changes/\(version)/index.html"
    }

    /// A printable form, such as `staff-sign-off` or `pupil-agreement-years-3-4`.
    public static func form(_ policy: String, _ form: String) -> String { "forms/\(policy)/\(form)/index.html" }

    public static func audienceView(_ audience: String, band: String?, policy: String) -> String {
        if let band { return "\(audience)/\(band)/\(policy)/index.html" }
        return "\(audience)/\(policy)/index.html"
    }

    /// The relative prefix from a page back to the site root: `../../` for `staff/x/index.html`.
    public static func root(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }
}
