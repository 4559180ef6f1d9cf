/// One edition after loading and checking: its parsed text and the block each rule is anchored to.
/// Holds the cmark tree. It is unchecked-Sendable because a build hands each policy, with all its
/// editions, to exactly one task: no two tasks ever touch the same edition.
final class PreparedEdition: @unchecked Sendable {
    let policy: Policy
    let outline: PolicyOutline
    /// Rule id → index of the block in `outline.blocks` that holds its quote.
    let anchors: [String: Int]
    /// Ids of every policy in the handbook, for links between policies.
    let knownPolicies: Set<String>
    private var document: MarkdownDocument?
    private var renderedBody: String?

    init(policy: Policy, document: MarkdownDocument, anchors: [String: Int], knownPolicies: Set<String>) {
        self.policy = policy
        self.document = document
        self.outline = document.outline
        self.anchors = anchors
        self.knownPolicies = knownPolicies
    }

    /// Only the edition's details, without its text: what the index page needs once the
    /// edition's own pages are written.
    init(detailsOf policy: Policy) {
        self.policy = policy.withoutText
        outline = PolicyOutline(headings: [], blocks: [])
        anchors = [:]
        knownPolicies = []
    }

    /// The policy text as HTML with heading ids and rule tags, rendered on first use and kept,
    /// because the same edition can appear at `policies/P/` and `policies/P/V/`. Links to other
    /// policies start with `PolicyLink.rootPlaceholder`, which each page replaces with its root.
    var bodyHTML: String {
        if let renderedBody { return renderedBody }
        var byBlock: [Int: [Rule]] = [:]
        for rule in policy.rules {
            if let block = anchors[rule.id.value] { byBlock[block, default: []].append(rule) }
        }
        let shift = outline.headings.contains { $0.level == 1 } ? 1 : 0
        let known = knownPolicies
        let id = policy.id
        let html = document?.renderHTML(tags: byBlock.mapValues(RuleTagMarkup.opening(for:)), headingLevelShift: shift) { url in
            guard let link = PolicyLink(url) else {
                return SiteRelativeLink.placeholderURL(url, fromPolicy: id).map { .point(to: $0) } ?? .keep
            }
            return known.contains(link.policy) ? .point(to: link.placeholderURL) : .unlink
        } ?? ""
        renderedBody = html
        document = nil
        return html
    }

    /// Frees the parsed tree and the rendered text once the edition's pages are written, so a
    /// large handbook is never held in memory all at once.
    func releaseText() {
        document = nil
        renderedBody = nil
    }

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

    func releaseText() {
        current.releaseText()
        for release in releases { release.prepared.releaseText() }
    }

    /// The same publication without any policy text, kept for the index page after this
    /// policy's pages are written, so a large handbook is not held in memory to the end.
    var details: PolicyPublication {
        let working = entry.working.withoutText
        let releases = releases.map { release -> (edition: ReleasedEdition, prepared: PreparedEdition) in
            var edition = release.edition
            edition.policy = edition.policy.withoutText
            return (edition, PreparedEdition(detailsOf: release.prepared.policy))
        }
        return PolicyPublication(entry: PolicyEntry(id: entry.id, working: working, releases: releases.map(\.edition)),
                                 current: PreparedEdition(detailsOf: current.policy), isDraft: isDraft, releases: releases)
    }
}

extension Policy {
    /// The edition's details and fingerprint with its text and rules left out.
    var withoutText: Policy {
        var copy = self
        copy.body = ""
        copy.rules = []
        return copy
    }
}
