import HandbookModel

/// The front page: who are you, then what is new.
package struct FrontPageData: PageData {
    package var readers: [ReaderChoice]
    package var news: [NewsItem]
    package var policyCount: Int

    package func child(named name: String) -> Any? {
        switch name {
        case "readers": readers
        case "news": news
        case "hasNews": !news.isEmpty
        case "policyCount": policyCount
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

    package func child(named name: String) -> Any? {
        switch name {
        case "url": url
        case "audienceName": audienceName
        case "bandName": bandName ?? false
        case "ages": ages ?? false
        case "isPupils": isPupils
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

    package func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "version": version
        case "released": released
        case "releasedISO": releasedISO
        case "changes": changes ?? false
        case "url": url
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

    package func child(named name: String) -> Any? {
        switch name {
        case "audienceName": audienceName
        case "bandName": bandName ?? false
        case "ages": ages ?? false
        case "isPupils": isPupils
        case "groups": groups
        case "hasPolicies": !groups.isEmpty
        default: nil
        }
    }
}

/// Policies under one category heading; the ones without a category come last, as "Other policies".
package struct CategoryGroup: PageData {
    package var id: String
    package var name: String?
    package var policies: [PolicyCard]

    package func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name ?? ""
        case "isOther": self.name == nil
        case "policies": policies
        case "count": policies.count
        case "isOne": policies.count == 1
        case "recentCount": policies.filter { $0.latest != nil }.count
        case "hasRecent": policies.contains { $0.latest != nil }
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

    package func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "hasDescription": !description.isEmpty
        case "url": url
        case "formURL": formURL ?? false
        case "latest": latest ?? false
        default: nil
        }
    }
}

/// The governors' list: every policy with its category, version and dates.
package struct PoliciesIndexData: PageData {
    package var groups: [GovernanceGroup]
    package var asOf: String?

    package func child(named name: String) -> Any? {
        switch name {
        case "groups": groups
        case "asOf": asOf ?? false
        default: nil
        }
    }
}

package struct GovernanceGroup: PageData {
    package var id: String
    package var name: String?
    package var rows: [GovernanceRow]

    package func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name ?? ""
        case "isOther": self.name == nil
        case "rows": rows
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

    package func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "version": version
        case "isDraft": isDraft
        case "effective": effective
        case "effectiveISO": effectiveISO
        case "reviewBy": reviewBy
        case "reviewByISO": reviewByISO
        case "isOverdue": isOverdue
        case "changesURL": changesURL ?? false
        default: nil
        }
    }
}
