import HandbookTemplates
import HandbookModel

/// One step of the way back to the front page. Its words are the templates': a name from
/// content (a policy's title), or a flag for a page whose name the templates give.
package struct Crumb: PageData {
    package enum Step: Sendable, Equatable { case home, allPolicies, reader(audience: String, band: String?), policy(String) }

    package var url: String
    package var step: Step

    package static let templateFields: TemplateFields<Self> = [
        "url": .field(\.url),
        "isHome": .field { $0.step == .home },
        "isAllPolicies": .field { $0.step == .allPolicies },
        "isReader": .field { $0.reader != nil },
        "audienceName": .field { $0.reader?.audience ?? "" },
        "bandName": .field { $0.reader?.band },
        // The breadcrumbs print a title after every crumb's words: empty unless the step is a policy.
        "title": .field { $0.policyTitle ?? "" },
    ]

    private var reader: (audience: String, band: String?)? {
        if case .reader(let audience, let band) = step { (audience, band) } else { nil }
    }

    private var policyTitle: String? {
        if case .policy(let title) = step { title } else { nil }
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
