import HandbookTemplates
import HandbookModel

/// The accessibility statement: the school's contact and the statement's dates, when
/// handbook.yml gives them.
package struct AccessibilityData: PageData {
    package var details: AccessibilityDetails?

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "hasDetails": .of(details != nil)
        case "prepared": .of(details?.prepared.longForm)
        case "reviewed": .of(details?.reviewed.longForm)
        case "email": .of(details?.email) ?? .bool(false)
        case "phone": .of(details?.phone) ?? .bool(false)
        case "tel": .of(details?.phone.map(Helpline.telAddress)) ?? .bool(false)
        case "hasContact": .of(details?.email != nil || details?.phone != nil)
        default: nil
        }
    }
}
