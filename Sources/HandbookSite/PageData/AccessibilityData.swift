import HandbookTemplates
import HandbookModel

/// The accessibility statement: the school's contact and the statement's dates, when
/// handbook.yml gives them.
package struct AccessibilityData: PageData {
    package var details: AccessibilityDetails?
    /// handbook.yml sets a reading level for some reader, so the build scores their summaries.
    package var checksReadability: Bool = false

    package static let templateFields: TemplateFields<Self> = [
        "checksReadability": .field(\.checksReadability),
        "hasDetails": .field { $0.details != nil },
        "prepared": .field { $0.details?.prepared.longForm },
        "reviewed": .field { $0.details?.reviewed.longForm },
        "email": .field { $0.details?.email },
        "phone": .field { $0.details?.phone },
        "tel": .field { $0.details?.phone.map(Helpline.telAddress) },
        "hasContact": .field { $0.details?.email != nil || $0.details?.phone != nil },
    ]
}
