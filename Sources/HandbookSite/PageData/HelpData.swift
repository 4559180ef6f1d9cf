import HandbookTemplates
import HandbookModel

/// "Who can I tell?" on pupils' pages, from handbook.yml's `pupil-help`.
package struct HelpData: PageData {
    package var adults: [String]
    package var helplines: [Helpline]
    /// The school's own first line for the band; the template has one for when there is none.
    package var says: String?

    init(_ help: PupilHelp, band: Band) {
        adults = help.trustedAdults.map(\.value)
        helplines = help.helplines
        says = help.says?.text(for: band.id)?.value
    }

    package static let templateFields: TemplateFields<Self> = [
        "says": .field(\.says),
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
