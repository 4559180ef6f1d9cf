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

    package static let templateFields: TemplateFields<Self> = [
        "adults": .field(\.adults),
        "hasAdults": .field { !$0.adults.isEmpty },
        "helplines": .field { $0.helplines.map(HelplineData.init) },
    ]
}

package struct HelplineData: PageData {
    let helpline: Helpline

    package static let templateFields: TemplateFields<Self> = [
        "name": .field(\.helpline.name),
        "phone": .field(\.helpline.phone),
        "tel": .field(\.helpline.dialable),
        "about": .field(\.helpline.about?.value),
    ]
}
