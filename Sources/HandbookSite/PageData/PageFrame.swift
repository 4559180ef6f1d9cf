import HandbookModel
import Mustache

/// Typed page data. Templates read fields by name; `child(named:)` answers from stored fields
/// without reflection, which is what keeps rendering fast.
package protocol PageData: MustacheParent, Sendable {}

/// What the shared layout needs on every page.
package struct PageFrame: Sendable {
    package var root: String
    package var school: String
    package var handbookTitle: String
    package var bodyClass: String
    package var homeURL: String
    package var breadcrumbs: [Crumb]
    /// The site has a search index, so pages carry the search form.
    package var hasSearch: Bool

    package func child(named name: String) -> Any? {
        switch name {
        case "hasSearch": hasSearch
        case "breadcrumbs": breadcrumbs
        case "hasBreadcrumbs": !breadcrumbs.isEmpty
        case "root": root
        case "school": school
        case "handbookTitle": handbookTitle
        case "bodyClass": bodyClass
        case "homeURL": homeURL
        default: nil
        }
    }
}

/// A page's own data in front of the layout's: what a template asks for is looked up in the
/// page's data first, then in the frame.
package struct FramedPage: MustacheParent, Sendable {
    package var frame: PageFrame
    package var data: any PageData

    package func child(named name: String) -> Any? {
        data.child(named: name) ?? frame.child(named: name)
    }
}
