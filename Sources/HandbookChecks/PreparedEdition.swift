import HandbookMarkdown
import HandbookModel

/// One edition after loading and checking: its parsed text and the block each rule is anchored to.
package struct PreparedEdition: Sendable {
    package let policy: Policy
    package let document: MarkdownDocument
    /// Rule id → index of the block in `outline.blocks` that holds its quote.
    package let anchors: [String: Int]
    /// Ids of the policies the site publishes, which links between policies may point to.
    package let knownPolicies: Set<String>

    package init(policy: Policy, document: MarkdownDocument, anchors: [String: Int], knownPolicies: Set<String>) {
        self.policy = policy
        self.document = document
        self.anchors = anchors
        self.knownPolicies = knownPolicies
    }

    /// Only the edition's details, without its text: what the index page needs once the
    /// edition's own pages are written.
    package init(detailsOf policy: Policy) {
        self.init(policy: policy.withoutText, document: MarkdownDocument(markdown: ""), anchors: [:], knownPolicies: [])
    }

    package var outline: PolicyOutline { document.outline }

    /// The same edition filed where `working` is: see `Policy.placed(like:)`.
    package func placed(like working: Policy) -> PreparedEdition {
        PreparedEdition(policy: policy.placed(like: working), document: document, anchors: anchors, knownPolicies: knownPolicies)
    }

    /// The whole paragraph or list item that holds a rule's quote, as a reader sees it.
    package func wording(of rule: Rule) -> String {
        guard let block = anchors[rule.id.value] else { return rule.quote.value }
        return outline.blocks[block].text
    }

    /// The section heading a rule's quote sits under, if any.
    package func section(of rule: Rule) -> Heading? {
        guard let block = anchors[rule.id.value], let section = outline.blocks[block].section else { return nil }
        return outline.headings[section]
    }
}

/// What a build publishes for one policy folder: the edition shown as current, and every release.
package struct PolicyPublication: Sendable {
    package let entry: PolicyEntry
    /// Shown at `policies/P/` and in the audience views.
    package let current: PreparedEdition
    /// True when `current` is the working copy, not a released edition.
    package let isDraft: Bool
    /// Every released edition, oldest first, each published at `policies/P/V/`.
    package let releases: [(edition: ReleasedEdition, prepared: PreparedEdition)]

    package init(entry: PolicyEntry, current: PreparedEdition, isDraft: Bool,
                 releases: [(edition: ReleasedEdition, prepared: PreparedEdition)]) {
        self.entry = entry
        self.current = current
        self.isDraft = isDraft
        self.releases = releases
    }

    package var id: String { entry.id }

    /// Whether a build publishes this policy: once it has a released edition, and before that
    /// only in a draft build, marked as a draft.
    package func isPublished(drafts: Bool) -> Bool { drafts || !releases.isEmpty }

    /// The same publication without any policy text, kept for the index page after this
    /// policy's pages are written, so a large handbook is not held in memory to the end.
    package var details: PolicyPublication {
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
    package var withoutText: Policy {
        var copy = self
        copy.body = ""
        copy.rules = []
        return copy
    }
}
