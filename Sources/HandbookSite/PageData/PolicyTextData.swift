import HandbookTemplates

/// The full text of one edition.
package struct PolicyTextData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var contents: [ContentsEntry]
    package var hasContents: Bool
    package var body: String
    package var ruleCount: Int
    package var views: [ViewLink]
    /// A released edition at its own address, not the current text.
    package var isRelease: Bool

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "edition": .of($edition)
        case "contents": .of(contents)
        case "hasContents": .of(hasContents)
        case "body": .of(body)
        case "ruleCount": .of(ruleCount)
        case "views": .of(views)
        case "isRelease": .of(isRelease)
        default: nil
        }
    }
}

package struct ContentsEntry: PageData {
    package var text: String
    package var id: String

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "text": .of(text)
        case "id": .of(id)
        default: nil
        }
    }
}
