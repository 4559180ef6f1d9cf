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

/// One step of the way back to the front page. Its words are the templates': a name from
/// content (a policy's title), or a flag for a page whose name the templates give.
package struct Crumb: PageData {
    package enum Step: Sendable { case home, allPolicies, reader(audience: String, band: String?), policy(String) }

    package var url: String
    package var step: Step

    package func child(named name: String) -> Any? {
        switch (name, step) {
        case ("url", _): url
        case ("isHome", .home): true
        case ("isAllPolicies", .allPolicies): true
        case ("isReader", .reader): true
        case ("audienceName", .reader(let audience, _)): audience
        case ("bandName", .reader(_, let band)): band ?? false
        case ("title", .policy(let title)): title
        case ("isHome", _), ("isAllPolicies", _), ("isReader", _): false
        // Answered for every step, so a name is never taken from the page around the crumb.
        case ("title", _), ("audienceName", _): ""
        case ("bandName", _): false
        default: nil
        }
    }
}

extension Crumb {
    /// Home, then one reader's home.
    static func toReaderHome(_ audience: Audience, band: Band?, from root: String) -> [Crumb] {
        [Crumb(url: root + SitePaths.index, step: .home),
         Crumb(url: root + SitePaths.readerHome(audience.id, band: band?.id),
               step: .reader(audience: audience.name, band: band?.name))]
    }

    /// Home, then the list of all policies, then, for a page below a policy's own, the policy.
    static func toPolicy(_ id: String, title: String?, from root: String) -> [Crumb] {
        var crumbs = [Crumb(url: root + SitePaths.index, step: .home),
                      Crumb(url: root + SitePaths.policiesIndex, step: .allPolicies)]
        if let title { crumbs.append(Crumb(url: root + SitePaths.policy(id), step: .policy(title))) }
        return crumbs
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

/// A page with nothing of its own beyond the layout, such as the accessibility statement.
package struct PlainPageData: PageData {
    package init() {}
    package func child(named name: String) -> Any? { nil }
}
