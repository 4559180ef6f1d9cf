import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Warns about what the safe renderer leaves out of a policy, so nothing disappears silently.
public enum SafetyChecks {
    public static func check(_ policy: Policy, outline: PolicyOutline) -> [Diagnostic] {
        outline.dropped.map { item in
            let place = SourceLocation(file: policy.policyPath, line: item.line)
            let snippet = item.text.count > 60 ? String(item.text.prefix(57)) + "…" : item.text
            switch item.kind {
            case .html:
                return .warning(at: place, "raw HTML is not published: `\(snippet)`",
                                hint: "write it in Markdown instead (## for a heading, - for a list, [text](address) for a link)")
            case .unsafeLink:
                return .warning(at: place, "the link address `\(snippet)` is not published because it could run code or open local files",
                                hint: "link to a web page (https://…) or to another policy instead")
            }
        }
    }
}
