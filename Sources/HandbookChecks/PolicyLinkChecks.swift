import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Links from one policy's text to another must name a policy that exists.
public enum PolicyLinkChecks {
    public static func check(_ policy: Policy, outline: PolicyOutline, known: Set<String>) -> [Diagnostic] {
        let missing = outline.links.filter { link in
            guard !link.isImage, !UnsafeURL.isUnsafe(link.url), let target = PolicyLink(link.url) else { return false }
            return !known.contains(target.policy)
        }
        guard let first = missing.first else { return [] }
        let names = missing.compactMap { PolicyLink($0.url)?.policy }.uniqued()
        let list = names.map { "`\($0)`" }.joined(separator: ", ")
        let lineNumbers = missing.map { String($0.line) }.uniqued()
        let lines = lineNumbers.joined(separator: ", ")
        var hint = "the policies in this handbook are " + known.sorted().map { "`\($0)`" }.joined(separator: ", ")
        if names.count == 1, let guess = Suggestion.closest(to: names[0], among: Array(known)) {
            hint = "did you mean `\(guess)`? " + hint
        }
        return [.warning(at: SourceLocation(file: policy.policyPath, line: first.line),
                         "`\(policy.id)` links to \(names.count == 1 ? "a policy" : "policies") that \(names.count == 1 ? "does" : "do") not exist: \(list) (line\(lineNumbers.count == 1 ? "" : "s") \(lines))",
                         hint: hint + "; until it exists, the words are published without a link")]
    }
}
