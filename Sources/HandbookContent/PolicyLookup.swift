import HandbookMarkdown
import HandbookModel

/// Finding a policy by the id a command was given.
package enum PolicyLookup {
    /// "there is no policy `x`", with the nearest id and the list of them.
    package static func unknown(_ id: String, among ids: [String], content: String) -> Diagnostic {
        var hint = "the policies are " + ids.map { "`\($0)`" }.joined(separator: ", ")
        if let guess = Suggestion.closest(to: id, among: ids) { hint = "did you mean `\(guess)`? " + hint }
        return .error(at: SourceLocation(file: ContentPaths.join(content, "policies")), "there is no policy `\(id)`", hint: hint)
    }
}
