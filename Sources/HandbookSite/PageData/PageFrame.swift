import HandbookModel
import HandbookTemplates

/// Typed page data. Templates read fields by name; `child(named:)` answers from stored fields
/// without reflection, which is what keeps rendering fast.
package protocol PageData: TemplateObject, Sendable {}

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

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "hasSearch": .of(hasSearch)
        case "breadcrumbs": .of(breadcrumbs)
        case "hasBreadcrumbs": .of(!breadcrumbs.isEmpty)
        case "root": .of(root)
        case "school": .of(school)
        case "handbookTitle": .of(handbookTitle)
        case "bodyClass": .of(bodyClass)
        case "homeURL": .of(homeURL)
        default: nil
        }
    }
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
