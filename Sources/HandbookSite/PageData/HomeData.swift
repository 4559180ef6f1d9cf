import HandbookTemplates
import HandbookModel

/// The front page: who are you, then what is new.
package struct FrontPageData: PageData {
    package var readers: [ReaderChoice]
    package var news: [NewsItem]
    package var policyCount: Int

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "readers": .of(readers)
        case "news": .of(news)
        case "hasNews": .of(!news.isEmpty)
        case "policyCount": .of(policyCount)
        default: nil
        }
    }
}

package struct ReaderChoice: PageData {
    package var url: String
    package var audienceName: String
    package var bandName: String?
    package var ages: AgesData?
    package var isPupils: Bool

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "url": .of(url)
        case "audienceName": .of(audienceName)
        case "bandName": .of(bandName) ?? .bool(false)
        case "ages": .of(ages) ?? .bool(false)
        case "isPupils": .of(isPupils)
        default: nil
        }
    }
}

/// A released edition in a list of what is new.
package struct NewsItem: PageData {
    package var title: String
    package var version: String
    package var released: String
    package var releasedISO: String
    package var changes: String?
    package var url: String

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(title)
        case "version": .of(version)
        case "released": .of(released)
        case "releasedISO": .of(releasedISO)
        case "changes": .of(changes) ?? .bool(false)
        case "url": .of(url)
        default: nil
        }
    }
}

/// One reader's home: their policies, by category.
package struct ReaderHomeData: PageData {
    package var audienceName: String
    package var bandName: String?
    package var ages: AgesData?
    package var isPupils: Bool
    package var groups: [CategoryGroup]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "audienceName": .of(audienceName)
        case "bandName": .of(bandName) ?? .bool(false)
        case "ages": .of(ages) ?? .bool(false)
        case "isPupils": .of(isPupils)
        case "groups": .of(groups)
        case "hasPolicies": .of(!groups.isEmpty)
        default: nil
        }
    }
}

/// Policies under one category heading; the ones without a category come last, as "Other policies".
package struct CategoryGroup: PageData {
    package var id: String
    package var name: String?
    package var policies: [PolicyCard]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": .of(id)
        case "name": .of(self.name ?? "")
        case "isOther": .of(self.name == nil)
        case "policies": .of(policies)
        case "count": .of(policies.count)
        case "isOne": .of(policies.count == 1)
        case "recentCount": .of(policies.filter { $0.latest != nil }.count)
        case "hasRecent": .of(policies.contains { $0.latest != nil })
        default: nil
        }
    }
}

/// A policy in a reader's list: what it is about, whether there is something to sign, what changed last.
package struct PolicyCard: PageData {
    package var title: String
    package var description: String
    package var url: String
    package var formURL: String?
    package var latest: NewsItem?

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(title)
        case "description": .of(description)
        case "hasDescription": .of(!description.isEmpty)
        case "url": .of(url)
        case "formURL": .of(formURL) ?? .bool(false)
        case "latest": .of(latest) ?? .bool(false)
        default: nil
        }
    }
}

/// The governors' list: every policy with its category, version and dates.
package struct PoliciesIndexData: PageData {
    package var groups: [GovernanceGroup]
    package var asOf: String?

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "groups": .of(groups)
        case "asOf": .of(asOf) ?? .bool(false)
        default: nil
        }
    }
}

package struct GovernanceGroup: PageData {
    package var id: String
    package var name: String?
    package var rows: [GovernanceRow]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": .of(id)
        case "name": .of(self.name ?? "")
        case "isOther": .of(self.name == nil)
        case "rows": .of(rows)
        default: nil
        }
    }
}

package struct GovernanceRow: PageData {
    package var title: String
    package var url: String
    package var version: String
    package var isDraft: Bool
    package var effective: String
    package var effectiveISO: String
    package var reviewBy: String
    package var reviewByISO: String
    package var isOverdue: Bool
    package var changesURL: String?

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(title)
        case "url": .of(url)
        case "version": .of(version)
        case "isDraft": .of(isDraft)
        case "effective": .of(effective)
        case "effectiveISO": .of(effectiveISO)
        case "reviewBy": .of(reviewBy)
        case "reviewByISO": .of(reviewByISO)
        case "isOverdue": .of(isOverdue)
        case "changesURL": .of(changesURL) ?? .bool(false)
        default: nil
        }
    }
}
