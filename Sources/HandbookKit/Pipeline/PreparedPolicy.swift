/// A policy after loading and checking: its parsed text and the block each rule is anchored to.
/// Holds the cmark tree, so it is used by one task at a time and rendered once.
final class PreparedPolicy {
    let policy: Policy
    let document: MarkdownDocument
    /// Rule id → index of the block in `document.outline.blocks` that holds its quote.
    let anchors: [String: Int]

    init(policy: Policy, document: MarkdownDocument, anchors: [String: Int]) {
        self.policy = policy
        self.document = document
        self.anchors = anchors
    }

    var outline: PolicyOutline { document.outline }

    /// The whole paragraph or list item that holds a rule's quote, as a reader sees it.
    func wording(of rule: Rule) -> String {
        guard let block = anchors[rule.id.value] else { return rule.quote.value }
        return outline.blocks[block].text
    }

    /// The section heading a rule's quote sits under, if any.
    func section(of rule: Rule) -> Heading? {
        guard let block = anchors[rule.id.value], let section = outline.blocks[block].section else { return nil }
        return outline.headings[section]
    }
}
