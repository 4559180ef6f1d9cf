import HandbookTemplates

/// Whom an edition asks to sign again: for a page about the edition, every reader who signs it;
/// for one reader's page or sheet, that reader alone.
package struct SigningData: PageData {
    /// Readers this edition asks to sign, named for people: "Staff and governors, and pupils in Years 3 and 4".
    package var askedNames: String?
    /// Readers who sign this edition but need not sign again: what they sign did not change.
    package var unaskedNames: String?
    /// On one reader's page or sheet: that reader's name.
    package var readerName: String?
    /// This edition asks the reader to sign it.
    package var readerAsked = false
    /// The edition whose signature still covers this one for the reader.
    package var readerCoveredBy: String?

    package var isForReader: Bool { readerName != nil }

    package static let templateFields: TemplateFields<Self> = [
        "askedNames": .field(\.askedNames),
        "unaskedNames": .field(\.unaskedNames),
        "readerName": .field(\.readerName),
        "readerAsked": .field(\.readerAsked),
        "readerCoveredBy": .field(\.readerCoveredBy),
        "isForReader": .field(\.isForReader),
    ]
}
