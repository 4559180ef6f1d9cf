import HandbookModel

/// "Who can I tell?" on pupils' pages, from handbook.yml's `pupil-help`.
package struct HelpData: PageData {
    package var adults: [String]
    package var helplines: [Helpline]

    init(_ help: PupilHelp) {
        adults = help.trustedAdults.map(\.value)
        helplines = help.helplines
    }

    package func child(named name: String) -> Any? {
        switch name {
        case "adults": adults
        case "hasAdults": !adults.isEmpty
        case "helplines": helplines.map(HelplineData.init)
        default: nil
        }
    }
}

package struct HelplineData: PageData {
    let helpline: Helpline

    package func child(named name: String) -> Any? {
        switch name {
        case "name": helpline.name
        case "phone": helpline.phone
        case "tel": helpline.dialable
        case "about": helpline.about?.value ?? false
        default: nil
        }
    }
}
