import HandbookTemplates
import HandbookModel

/// "Who can I tell?" on pupils' pages, from handbook.yml's `pupil-help`.
package struct HelpData: PageData {
    package var adults: [String]
    package var helplines: [Helpline]

    init(_ help: PupilHelp) {
        adults = help.trustedAdults.map(\.value)
        helplines = help.helplines
    }

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "adults": .of(adults)
        case "hasAdults": .of(!adults.isEmpty)
        case "helplines": .of(helplines.map(HelplineData.init))
        default: nil
        }
    }
}

package struct HelplineData: PageData {
    let helpline: Helpline

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .of(helpline.name)
        case "phone": .of(helpline.phone)
        case "tel": .of(helpline.dialable)
        case "about": .of(helpline.about?.value) ?? .bool(false)
        default: nil
        }
    }
}
