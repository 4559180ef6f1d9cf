/// The full text of one edition.
package struct PolicyTextData: PageData {
    package var edition: EditionData
    package var contents: [ContentsEntry]
    package var hasContents: Bool
    package var body: String
    package var ruleCount: Int
    package var views: [ViewLink]
    /// A released edition at its own address, not the current text.
    package var isRelease: Bool

    package func child(named name: String) -> Any? {
        switch name {
        case "edition": edition
        case "contents": contents
        case "hasContents": hasContents
        case "body": body
        case "ruleCount": ruleCount
        case "views": views
        case "isRelease": isRelease
        default: nil
        }
    }
}

package struct ContentsEntry: PageData {
    package var text: String
    package var id: String

    package func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "id": id
        default: nil
        }
    }
}
