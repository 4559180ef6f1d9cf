import HandbookTemplates
import HandbookModel

/// The front page: who are you, then what is new.
package struct FrontPageData: PageData {
    package var readers: [ReaderChoice]
    package var news: [NewsItem]
    package var policyCount: Int

    package static let templateFields: TemplateFields<Self> = [
        "readers": .field(\.readers),
        "news": .field(\.news),
        "hasNews": .field { !$0.news.isEmpty },
        "policyCount": .field(\.policyCount),
    ]
}

package struct ReaderChoice: PageData {
    package var url: String
    package var audienceName: String
    package var bandName: String?
    package var ages: AgesData?
    package var isPupils: Bool

    package static let templateFields: TemplateFields<Self> = [
        "url": .field(\.url),
        "audienceName": .field(\.audienceName),
        "bandName": .field(\.bandName),
        "ages": .field(\.ages),
        "isPupils": .field(\.isPupils),
    ]
}

/// A released edition in a list of what is new.
package struct NewsItem: PageData {
    package var title: String
    package var version: String
    package var released: String
    package var releasedISO: String
    package var changes: String?
    package var url: String

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "version": .field(\.version),
        "released": .field(\.released),
        "releasedISO": .field(\.releasedISO),
        "changes": .field(\.changes),
        "url": .field(\.url),
    ]
}

/// One reader's home: their policies, by category.
package struct ReaderHomeData: PageData {
    package var audienceName: String
    package var bandName: String?
    package var ages: AgesData?
    package var isPupils: Bool
    package var groups: [CategoryGroup]

    package static let templateFields: TemplateFields<Self> = [
        "audienceName": .field(\.audienceName),
        "bandName": .field(\.bandName),
        "ages": .field(\.ages),
        "isPupils": .field(\.isPupils),
        "groups": .field(\.groups),
        "hasPolicies": .field { !$0.groups.isEmpty },
    ]
}

/// Policies under one category heading; the ones without a category come last, as "Other policies".
package struct CategoryGroup: PageData {
    package var id: String
    package var name: String?
    package var policies: [PolicyCard]

    package static let templateFields: TemplateFields<Self> = [
        "id": .field(\.id),
        "name": .field { $0.name ?? "" },
        "isOther": .field { $0.name == nil },
        "policies": .field(\.policies),
        "count": .field { $0.policies.count },
        "isOne": .field { $0.policies.count == 1 },
        "recentCount": .field { $0.policies.filter { $0.latest != nil }.count },
        "hasRecent": .field { $0.policies.contains { $0.latest != nil } },
    ]
}

/// A policy in a reader's list: what it is about, whether there is something to sign, what changed last.
package struct PolicyCard: PageData {
    package var title: String
    package var description: String
    package var url: String
    package var formURL: String?
    package var latest: NewsItem?
    package var isDraft: Bool = false

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "isDraft": .field(\.isDraft),
        "description": .field(\.description),
        "hasDescription": .field { !$0.description.isEmpty },
        "url": .field(\.url),
        "formURL": .field(\.formURL),
        "latest": .field(\.latest),
    ]
}

/// The governors' list: every policy with its category, version and dates.
package struct PoliciesIndexData: PageData {
    package var groups: [GovernanceGroup]
    package var asOf: String?
    /// Only when handbook.yml says what kind of school this is.
    package var checklist: ChecklistData? = nil

    package static let templateFields: TemplateFields<Self> = [
        "groups": .field(\.groups),
        "asOf": .field(\.asOf),
        "checklist": .field(\.checklist),
    ]
}

package struct GovernanceGroup: PageData {
    package var id: String
    package var name: String?
    package var rows: [GovernanceRow]

    package static let templateFields: TemplateFields<Self> = [
        "id": .field(\.id),
        "name": .field { $0.name ?? "" },
        "isOther": .field { $0.name == nil },
        "rows": .field(\.rows),
    ]
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

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "url": .field(\.url),
        "version": .field(\.version),
        "isDraft": .field(\.isDraft),
        "effective": .field(\.effective),
        "effectiveISO": .field(\.effectiveISO),
        "reviewBy": .field(\.reviewBy),
        "reviewByISO": .field(\.reviewByISO),
        "isOverdue": .field(\.isOverdue),
        "changesURL": .field(\.changesURL),
    ]
}
