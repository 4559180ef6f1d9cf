import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Anchors every rule to the block of policy text that holds its quote.
public enum QuoteChecks {
    /// The block index of each rule id whose quote was found; a diagnostic for each that was not.
    public static func anchor(_ policy: Policy, outline: PolicyOutline, diagnostics: inout [Diagnostic]) -> [String: Int] {
        let locator = QuoteLocator(outline: outline)
        var anchors: [String: Int] = [:]
        for rule in policy.rules {
            switch locator.locate(rule.quote.value) {
            case let .found(block, alsoIn):
                if anchors[rule.id.value] == nil { anchors[rule.id.value] = block }
                if !alsoIn.isEmpty {
                    let lines = ([block] + alsoIn).map { String(outline.blocks[$0].line) }.joined(separator: ", ")
                    diagnostics.append(.warning(at: rule.quote.location,
                                                "the quote of rule `\(rule.id.value)` appears in more than one place in the policy (lines \(lines)); it is linked to the first",
                                                hint: "quote a few more words so it names one passage"))
                }
            case let .notFound(closest):
                diagnostics.append(notFound(rule, closest: closest, policyPath: policy.policyPath))
            }
        }
        return anchors
    }

    private static func notFound(_ rule: Rule, closest: QuoteLocator.Passage?, policyPath: String) -> Diagnostic {
        let message = "the quote of rule `\(rule.id.value)` is not in the text of \(policyPath)"
        guard let closest, closest.difference < 0.75 else {
            return .error(at: rule.quote.location, message,
                          hint: "copy the words from policy.md exactly, from a single paragraph or list item")
        }
        return .error(at: rule.quote.location, message,
                      hint: "the closest passage, on line \(closest.line) of policy.md, is:\n\"\(closest.text)\"\ncopy the words exactly, or change the policy text if the quote is right")
    }
}
