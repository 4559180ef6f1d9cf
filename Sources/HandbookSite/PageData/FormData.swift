import HandbookTemplates

/// A printable form: a blank sign-off sheet, a pupil agreement, or a pack of named sheets.
package struct FormData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var rules: [FormRule]
    package var hasMarks: Bool
    package var comparedWith: String?
    package var audienceName: String
    package var bandName: String?
    package var ages: AgesData?
    /// Blank signature rows on a sheet for the site.
    package var rows: [SignatureRow] = []
    /// One named sheet each, in a pack printed from a roster; never in the site.
    package var people: [NamedPerson] = []
    /// The released edition's public address, when handbook.yml sets `base-url`, and its QR code.
    package var editionAddress: String?
    package var qrSVG: String?

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "edition": .of($edition)
        case "rules": .of(rules)
        case "hasMarks": .of(hasMarks)
        case "comparedWith": .of(comparedWith)
        case "audienceName": .of(audienceName)
        case "bandName": .of(bandName)
        case "ages": .of(ages)
        case "rows": .of(rows)
        case "people": .of(people)
        case "editionAddress": .of(editionAddress)
        case "qrSVG": .of(qrSVG)
        default: nil
        }
    }
}

package struct FormRule: PageData {
    package var number: Int
    package var summary: String
    package var id: String
    /// New or changed since the last edition this reader signed.
    package var mark: Mark? = nil

    package enum Mark: Sendable { case new, changed }

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "number": .of(number)
        case "summary": .of(summary)
        case "id": .of(id)
        case "isMarked": .of(mark != nil)
        case "isNew": .of(mark == .new)
        case "isChanged": .of(mark == .changed)
        default: nil
        }
    }
}

package struct SignatureRow: PageData {
    package var row: Int

    package func child(named name: String) -> TemplateValue? { name == "row" ? .of(row) : nil }
}

package struct NamedPerson: PageData {
    package var name: String
    package var role: String

    package init(name: String, role: String) {
        self.name = name
        self.role = role
    }

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .of(self.name)
        case "role": .of(role)
        // A named pupil agreement fills in the name and class lines.
        case "pupilName": .of(self.name)
        case "pupilClass": .of(role)
        default: nil
        }
    }
}
