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

    package static let templateFields: TemplateFields<Self> = [
        "hasSearch": .field(\.hasSearch),
        "breadcrumbs": .field(\.breadcrumbs),
        "hasBreadcrumbs": .field { !$0.breadcrumbs.isEmpty },
        "root": .field(\.root),
        "school": .field(\.school),
        "handbookTitle": .field(\.handbookTitle),
        "bodyClass": .field(\.bodyClass),
        "homeURL": .field(\.homeURL),
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
