import HandbookTemplates
import HandbookModel

/// One step of the way back to the front page. Its words are the templates': a name from
/// content (a policy's title), or a flag for a page whose name the templates give.
package struct Crumb: PageData {
    package enum Step: Sendable { case home, allPolicies, reader(audience: String, band: String?), policy(String) }

    package var url: String
    package var step: Step

    package func child(named name: String) -> TemplateValue? {
        switch (name, step) {
        case ("url", _): .string(url)
        case ("isHome", .home): .bool(true)
        case ("isAllPolicies", .allPolicies): .bool(true)
        case ("isReader", .reader): .bool(true)
        case ("audienceName", .reader(let audience, _)): .string(audience)
        case ("bandName", .reader(_, let band)): .of(band) ?? .bool(false)
        case ("title", .policy(let title)): .string(title)
        case ("isHome", _), ("isAllPolicies", _), ("isReader", _): .bool(false)
        // Answered for every step, so a name is never taken from the page around the crumb.
        case ("title", _), ("audienceName", _): .string("")
        case ("bandName", _): .bool(false)
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
