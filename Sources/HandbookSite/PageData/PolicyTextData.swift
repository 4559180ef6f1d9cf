import HandbookTemplates

/// The full text of one edition.
package struct PolicyTextData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var contents: [ContentsEntry]
    package var hasContents: Bool
    /// Every entry starts with the policy's own section number ("1. Introduction"), so the list
    /// shows no second number of its own.
    package var contentsNumbered: Bool
    package var body: String
    package var ruleCount: Int
    package var views: [ViewLink]
    /// A released edition at its own address, not the current text.
    package var isRelease: Bool

    package static let templateFields: TemplateFields<Self> = [
        "edition": .field(\.$edition),
        "contents": .field(\.contents),
        "hasContents": .field(\.hasContents),
        "contentsNumbered": .field(\.contentsNumbered),
        "body": .field(\.body),
        "ruleCount": .field(\.ruleCount),
        "views": .field(\.views),
        "isRelease": .field(\.isRelease),
    ]
}

package struct ContentsEntry: PageData {
    package var text: String
    package var id: String

    package var startsWithNumber: Bool { text.first?.isNumber == true }

    package static let templateFields: TemplateFields<Self> = [
        "text": .field(\.text),
        "id": .field(\.id),
    ]
}
