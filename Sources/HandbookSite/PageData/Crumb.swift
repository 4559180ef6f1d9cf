import HandbookModel

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
