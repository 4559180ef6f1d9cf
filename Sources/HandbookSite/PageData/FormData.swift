import HandbookModel
import HandbookTemplates

/// A printable form: a blank sign-off sheet, a pupil agreement, or a pack of named sheets.
package struct FormData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var rules: [FormRule]
    package var hasMarks: Bool
    package var comparedWith: String?
    /// Whether the records show anyone signed `comparedWith`. Only a named pack, printed beside
    /// the records, can know; the site never claims it.
    package var signedBefore = false
    package var audienceName: String
    package var bandName: String?
    package var ages: AgesData?
    /// Blank signature rows on a sheet for the site.
    package var rows: [SignatureRow] = []
    /// One named sheet each, in a pack printed from a roster; never in the site.
    package var people: [NamedPerson] = []
    /// A chase list's pages, one per class or role; never in the site.
    package var chaseLists: [ChaseListData] = []
    /// The released edition's public address, when handbook.yml sets `base-url`, and its QR code.
    /// The released edition's public address (for a band's agreement, the band's own page of the
    /// policy), when handbook.yml sets `base-url`, and its QR code.
    package var editionAddress: String?
    package var qrSVG: String?
    /// How a parent without a printer can reach the school, from `accessibility:` in handbook.yml.
    package var contact: AccessibilityDetails?
    /// In a named pack, how many pages each person's sheet takes, once a print has counted them.
    package var pagesPerSheet: Int?

    package static let templateFields: TemplateFields<Self> = [
        "edition": .field(\.$edition),
        "rules": .field(\.rules),
        "hasMarks": .field(\.hasMarks),
        "comparedWith": .field(\.comparedWith),
        "signedBefore": .field(\.signedBefore),
        "audienceName": .field(\.audienceName),
        "bandName": .field(\.bandName),
        "ages": .field(\.ages),
        "rows": .field(\.rows),
        "people": .field(\.people),
        "chaseLists": .field(\.chaseLists),
        "editionAddress": .field(\.editionAddress),
        "qrSVG": .field(\.qrSVG),
        "contactEmail": .field { $0.contact?.email },
        "contactPhone": .field { $0.contact?.phone },
        "contactTel": .field { $0.contact?.phone.map(Helpline.telAddress) },
        "pagesPerSheet": .field(\.pagesPerSheet),
    ]
}

package struct FormRule: PageData {
    package var number: Int
    package var summary: String
    package var id: String
    /// New or changed since the last edition this reader signed.
    package var mark: Mark? = nil
    /// Sections of the policy the summary names, which the sheet does not include.
    package var sections: [SectionReference] = []

    package enum Mark: Sendable { case new, changed }

    package static let templateFields: TemplateFields<Self> = [
        "number": .field(\.number),
        "summary": .field(\.summary),
        "id": .field(\.id),
        "isMarked": .field { $0.mark != nil },
        "isNew": .field { $0.mark == .new },
        "isChanged": .field { $0.mark == .changed },
        "sections": .field(\.sections),
    ]
}

/// A section of the full policy that a rule's summary points to, such as “the Terms of Use below”.
package struct SectionReference: PageData {
    package var title: String
    /// Where the section can be read: the public address when handbook.yml sets `base-url`, else
    /// a link relative to the page.
    package var url: String?
    package var isPublic: Bool

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "url": .field(\.url),
        "isPublic": .field(\.isPublic),
    ]
}

package struct SignatureRow: PageData {
    package var row: Int

    package static let templateFields: TemplateFields<Self> = [
        "row": .field(\.row),
    ]
}

package struct NamedPerson: PageData {
    package var name: String
    package var role: String
    /// On a pupil's agreement: the parent part in the family's language.
    package var family: FamilyPart?

    package init(name: String, role: String, family: FamilyPart? = nil) {
        self.name = name
        self.role = role
        self.family = family
    }

    package static let templateFields: TemplateFields<Self> = [
        "name": .field(\.name),
        "role": .field(\.role),
        // True on every named sheet, so the running heading can name its person.
        "isNamed": .field { _ in true },
        // A named pupil agreement fills in the name and class lines.
        "pupilName": .field(\.name),
        "pupilClass": .field(\.role),
        "family": .field(\.family),
    ]
}
