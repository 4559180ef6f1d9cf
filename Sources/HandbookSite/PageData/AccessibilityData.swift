import HandbookModel

/// The accessibility statement: the school's contact and the statement's dates, when
/// handbook.yml gives them.
package struct AccessibilityData: PageData {
    package var details: AccessibilityDetails?

    package func child(named name: String) -> Any? {
        switch name {
        case "hasDetails": details != nil
        case "prepared": details?.prepared.longForm
        case "reviewed": details?.reviewed.longForm
        case "email": details?.email ?? false
        case "phone": details?.phone ?? false
        case "tel": details?.phone.map(Helpline.telAddress) ?? false
        case "hasContact": details?.email != nil || details?.phone != nil
        default: nil
        }
    }
}
