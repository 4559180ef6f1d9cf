import HandbookTemplates
import HandbookModel

/// The front page: who are you, then what is new.
package struct FrontPageData: PageData {
    package var readers: [ReaderChoice]
    package var news: [NewsItem]
    /// Released policies beyond the newest few listed.
    package var moreReleased = 0
    package var policyCount: Int

    package static let templateFields: TemplateFields<Self> = [
        "readers": .field(\.readers),
        "news": .field(\.news),
        "hasNews": .field { !$0.news.isEmpty },
        "moreReleased": .field { $0.moreReleased > 0 ? String($0.moreReleased) : nil },
        "policyCount": .field(\.policyCount),
        "hasPolicies": .field { $0.policyCount > 0 },
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
    /// The policy's first release: "New", not "changed".
    package var isFirstEdition: Bool = false
    package var url: String

    package static let templateFields: TemplateFields<Self> = [
        "isFirstEdition": .field(\.isFirstEdition),
        "title": .field(\.title),
        "version": .field(\.version),
        "released": .field(\.released),
        "releasedISO": .field(\.releasedISO),
        "changes": .field(\.changes),
        "url": .field(\.url),
    ]
}

/// One reader's home: what to do now, then their policies by category.
package struct ReaderHomeData: PageData {
    package var audienceName: String
    package var bandName: String?
    package var ages: AgesData?
    package var isPupils: Bool
    /// Staff read each edition's note of changes, written for them; other readers do not.
    package var isStaff: Bool = false
    package var groups: [CategoryGroup]
    /// Recent editions that ask this reader to sign.
    package var toSign: [ToDoItem] = []
    /// Recent editions of their policies that do not ask them to sign.
    package var changed: [ToDoItem] = []

    /// How many editions to read are listed open.
    static let shortList = 5

    package static let templateFields: TemplateFields<Self> = [
        "isStaff": .field(\.isStaff),
        "audienceName": .field(\.audienceName),
        "bandName": .field(\.bandName),
        "ages": .field(\.ages),
        "isPupils": .field(\.isPupils),
        "groups": .field(\.groups),
        "hasPolicies": .field { !$0.groups.isEmpty },
        "toSign": .field(\.toSign),
        "hasToSign": .field { !$0.toSign.isEmpty },
        "changed": .field(\.changed),
        "hasChanged": .field { !$0.changed.isEmpty },
        // A long list of editions to read, as after a September of reviews, is folded away, so
        // what there is to sign and the policies themselves stay near the top.
        "changedIsLong": .field { $0.changed.count > ReaderHomeData.shortList },
        "changedCount": .field { String($0.changed.count) },
        // A first handbook asks staff to sign every policy at once: the list is folded the same way.
        "toSignIsLong": .field { $0.toSign.count > ReaderHomeData.shortList },
        "toSignCount": .field { String($0.toSign.count) },
        // Policies are gathered by topic only when the handbook files them in categories.
        "hasTopics": .field { $0.groups.contains { $0.name != nil } },
        "hasToDo": .field { !$0.toSign.isEmpty || !$0.changed.isEmpty },
    ]
}

/// A line of a reader's "To do": a policy's new edition, and where to read or sign it.
package struct ToDoItem: PageData {
    package var title: String
    package var url: String
    package var formURL: String?
    package var version: String
    package var released: String
    package var releasedISO: String
    /// The edition is the policy's first.
    package var isFirst: Bool

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "url": .field(\.url),
        "formURL": .field(\.formURL),
        "version": .field(\.version),
        "released": .field(\.released),
        "releasedISO": .field(\.releasedISO),
        "isFirst": .field(\.isFirst),
    ]
}

/// Policies under one category heading; the ones without a category come last, as "Other policies".
package struct CategoryGroup: PageData {
    package var id: String
    package var name: String?
    package var policies: [PolicyCard]
    /// Shown open: it holds something new, or it is the reader's only group.
    package var isOpen: Bool = false

    package static let templateFields: TemplateFields<Self> = [
        "id": .field(\.id),
        "name": .field { $0.name ?? "" },
        "isOther": .field { $0.name == nil },
        "policies": .field(\.policies),
        "isOpen": .field(\.isOpen),
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

/// The governors' list: every policy with its category, version and dates, every review soonest
/// first and the calendar of them, and every summary allowed above its reader's reading level.
package struct PoliciesIndexData: PageData {
    package var groups: [GovernanceGroup]
    package var reviews: [ReviewRow]
    /// `reviews.ics`, when any policy is released.
    package var calendarURL: String?
    package var reminderDays: Int
    package var exceptions: [ExceptionRow] = []
    /// Only when handbook.yml says what kind of school this is.
    package var checklist: ChecklistData? = nil

    package static let templateFields: TemplateFields<Self> = [
        "groups": .field(\.groups),
        "reviews": .field(\.reviews),
        "calendarURL": .field(\.calendarURL),
        "reminderDays": .field { String($0.reminderDays) },
        "reminderIsOneDay": .field { $0.reminderDays == 1 },
        "reminderIsOnTheDay": .field { $0.reminderDays == 0 },
        "hasExceptions": .field { !$0.exceptions.isEmpty },
        "exceptions": .field(\.exceptions),
        "checklist": .field(\.checklist),
    ]
}

/// One policy's review date in the list soonest first.
package struct ReviewRow: PageData {
    package var title: String
    package var url: String
    package var reviewBy: String
    package var reviewByISO: String
    /// Who owns the released edition; nil for a draft.
    package var owner: String?

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "url": .field(\.url),
        "reviewBy": .field(\.reviewBy),
        "reviewByISO": .field(\.reviewByISO),
        "owner": .field(\.owner),
    ]
}

/// A `readability-exception` on the governors' list.
package struct ExceptionRow: PageData {
    package var policy: String
    package var url: String
    package var rule: String
    package var ruleURL: String
    package var audienceName: String
    package var bandName: String?
    package var reason: String

    package static let templateFields: TemplateFields<Self> = [
        "policy": .field(\.policy),
        "url": .field(\.url),
        "rule": .field(\.rule),
        "ruleURL": .field(\.ruleURL),
        "audienceName": .field(\.audienceName),
        "bandName": .field(\.bandName),
        "reason": .field(\.reason),
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
    package var changesURL: String?
    package var owner: String
    /// Who approves the edition, with the date and minute when they are on record.
    package var approvedBy: String
    package var approval: ApprovalData?

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "url": .field(\.url),
        "version": .field(\.version),
        "owner": .field(\.owner),
        "approvedBy": .field(\.approvedBy),
        "approval": .field(\.approval),
        "isDraft": .field(\.isDraft),
        "effective": .field(\.effective),
        "effectiveISO": .field(\.effectiveISO),
        "reviewBy": .field(\.reviewBy),
        "reviewByISO": .field(\.reviewByISO),
        "changesURL": .field(\.changesURL),
    ]
}
