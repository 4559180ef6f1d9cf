/// One edition after loading and checking: its parsed text and the block each rule is anchored to.
/// Holds the cmark tree. It is unchecked-Sendable because a build hands each policy, with all its
/// editions, to exactly one task: no two tasks ever touch the same edition.
final class PreparedEdition: @unchecked Sendable {
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

    /// The policy text as HTML with heading ids and rule tags, rendered on first use and kept,
    /// because the same edition can appear at `policies/P/` and `policies/P/V/`.
    private(set) lazy var bodyHTML: String = {
        var byBlock: [Int: [Rule]] = [:]
        for rule in policy.rules {
            if let block = anchors[rule.id.value] { byBlock[block, default: []].append(rule) }
        }
        let shift = outline.headings.contains { $0.level == 1 } ? 1 : 0
        return document.renderHTML(tags: byBlock.mapValues(RuleTagMarkup.opening(for:)), headingLevelShift: shift)
    }()

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

/// What a build publishes for one policy folder: the edition shown as current, and every release.
struct PolicyPublication: Sendable {
    let entry: PolicyEntry
    /// Shown at `policies/P/` and in the audience views.
    let current: PreparedEdition
    /// True when `current` is the working copy, not a released edition.
    let isDraft: Bool
    /// Every released edition, oldest first, each published at `policies/P/V/`.
    let releases: [(edition: ReleasedEdition, prepared: PreparedEdition)]

    var id: String { entry.id }
}
