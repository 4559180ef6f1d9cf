import HandbookChecks
import HandbookMarkdown
import HandbookModel

extension PreparedEdition {
    /// The policy text as HTML with heading ids and rule tags. Links to other policies start with
    /// `PolicyLink.rootPlaceholder`, which each page replaces with its root, because the same
    /// edition can appear at `policies/P/` and `policies/P/V/`.
    package func bodyHTML() -> String {
        var byBlock: [Int: [Rule]] = [:]
        for rule in policy.rules {
            if let block = anchors[rule.id.value] { byBlock[block, default: []].append(rule) }
        }
        let shift = outline.headings.contains { $0.level == 1 } ? 1 : 0
        let known = knownPolicies
        let id = policy.id
        return document.renderHTML(tags: byBlock.mapValues(RuleTagMarkup.opening(for:)), headingLevelShift: shift) { url in
            guard let link = PolicyLink(url) else {
                return SiteRelativeLink.placeholderURL(url, fromPolicy: id).map { .point(to: $0) } ?? .keep
            }
            return known.contains(link.policy) ? .point(to: link.placeholderURL) : .unlink
        }
    }
}
