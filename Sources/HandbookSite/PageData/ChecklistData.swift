import HandbookTemplates
import HandbookModel

/// The statutory checklist on the governors' list: each policy the school must hold, and the
/// policies that meet it.
package struct ChecklistData: PageData {
    package var isAcademy: Bool
    package var rows: [ChecklistRow]

    package static let templateFields: TemplateFields<Self> = [
        "isAcademy": .field(\.isAcademy),
        "rows": .field(\.rows),
        "metCount": .field { $0.rows.filter { !$0.isMissing }.count },
        "missingCount": .field { $0.rows.filter(\.isMissing).count },
        "hasMissing": .field { $0.rows.contains(where: \.isMissing) },
        "total": .field { $0.rows.count },
    ]
}

package struct ChecklistRow: PageData {
    package var id: String
    package var title: String
    package var reviewMonths: Int?
    package var reviewRecommended: Bool
    package var approval: String
    package var note: String
    package var meetings: [ChecklistMeeting]

    package var isMissing: Bool { !meetings.contains { !$0.isDraft } }

    package static let templateFields: TemplateFields<Self> = [
        "id": .field(\.id),
        "title": .field(\.title),
        "hasCycle": .field { $0.reviewMonths != nil },
        "isYearly": .field { $0.reviewMonths == 12 },
        "reviewYears": .field { ($0.reviewMonths ?? 0) / 12 },
        "isYears": .field { ($0.reviewMonths ?? 0) > 12 && ($0.reviewMonths ?? 0) % 12 == 0 },
        "isMonths": .field { $0.reviewMonths.map { $0 % 12 != 0 } ?? false },
        "reviewMonths": .field { $0.reviewMonths ?? 0 },
        "reviewRecommended": .field(\.reviewRecommended),
        "approval": .field(\.approval),
        "note": .field(\.note),
        "hasNote": .field { !$0.note.isEmpty },
        "meetings": .field(\.meetings),
        "isMissing": .field(\.isMissing),
    ]
}

/// A policy that meets a requirement, with who approved the edition shown.
package struct ChecklistMeeting: PageData {
    package var title: String
    package var url: String
    package var approvedBy: String
    package var isDraft: Bool

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "url": .field(\.url),
        "approvedBy": .field(\.approvedBy),
        "isDraft": .field(\.isDraft),
    ]
}
