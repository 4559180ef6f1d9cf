import HandbookModel
import HandbookTemplates

/// Typed page data. Templates read fields by name, through the table each type declares: no
/// reflection, which keeps rendering fast, and the same names the template check reads.
package protocol PageData: TemplateRecord, Sendable {}

/// What the shared layout needs on every page.
package struct PageFrame: TemplateRecord, Sendable {
    package var root: String
    package var school: String
    package var handbookTitle: String
    package var bodyClass: String
    package var homeURL: String
    package var breadcrumbs: [Crumb]
    /// The site has a search index, so pages carry the search form.
    package var hasSearch: Bool
    /// Where a reader finds this page again, printed on every page of a reader's printout: the
    /// public address when handbook.yml sets `base-url`, else the page's folder in the site.
    package var pageAddress: String
    /// The page is at a public address, not only a folder of the site.
    package var hasPublicAddress: Bool
    /// The reader's folder on a reader's page, which the header's search passes on to the search page.
    package var searchReader: String? = nil
    /// The search page the header's search opens: the one in the page's language.
    package var searchURL = ""
    /// `lang` and `dir` of the page: the handbook's English, or a family's language.
    package var pageLanguage = "en-GB"
    package var pageDirection: String?

    package static let templateFields: TemplateFields<Self> = [
        "hasSearch": .field(\.hasSearch),
        "breadcrumbs": .field(\.breadcrumbs),
        "hasBreadcrumbs": .field { !$0.breadcrumbs.isEmpty },
        "root": .field(\.root),
        "school": .field(\.school),
        "handbookTitle": .field(\.handbookTitle),
        "bodyClass": .field(\.bodyClass),
        "homeURL": .field(\.homeURL),
        "pageAddress": .field(\.pageAddress),
        "hasPublicAddress": .field(\.hasPublicAddress),
        "searchReader": .field(\.searchReader),
        "searchURL": .field(\.searchURL),
        "pageLanguage": .field(\.pageLanguage),
        "pageDirection": .field(\.pageDirection),
    ]
}

/// A page's own data in front of the layout's: what a template asks for is looked up in the
/// page's data first, then in the frame.
package struct FramedPage: TemplateObject, Sendable {
    package var frame: PageFrame
    package var data: any PageData

    package func child(named name: String) -> TemplateValue? {
        data.child(named: name) ?? frame.child(named: name)
    }
}
