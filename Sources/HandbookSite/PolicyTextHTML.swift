import HandbookChecks
import HandbookMarkdown
import HandbookModel

extension PreparedEdition {
    /// The policy text as HTML with heading ids and rule tags. Links to other pages of the site
    /// are given from the site root, with their places recorded, so each page puts its own root in
    /// front: the same edition can appear at `policies/P/` and `policies/P/V/`.
    /// Each rule's tag, worded by the `rule-tag` template, opens the block that holds its quote.
    package func bodyHTML(tags templates: TemplateSet) throws(TemplateMissing) -> RootedHTML {
        var byBlock: [Int: [Rule]] = [:]
        for rule in policy.rules {
            if let block = anchors[rule.id.value] { byBlock[block, default: []].append(rule) }
        }
        var tags: [Int: String] = [:]
        for (block, rules) in byBlock {
            let kinds = Set(rules.map(\.kind.rawValue)).sorted().map { "rule-block--\($0)" }.joined(separator: " ")
            let entries = rules.map { RuleTagEntry(id: $0.id.value, title: $0.plainTitle, anchor: $0.anchor, kind: $0.kind.rawValue,
                                                   kindOf: KindData(kind: $0.kind)) }
            tags[block] = try templates.render("rule-tag", RuleTagData(blockClasses: kinds, rules: entries))
        }
        let shift = outline.headings.contains { $0.level == 1 } ? 1 : 0
        return document.renderRootedHTML(tags: tags, headingLevelShift: shift, links: placement(of:))
    }

    /// Where a link of the policy text points in the site: another policy's page, a page given
    /// relative to this one (rewritten from the root), or left as written.
    func placement(of url: String) -> LinkChange {
        guard let link = PolicyLink(url) else {
            return SiteRelativeLink.pathFromRoot(url, fromPolicy: policy.id).map { .pointFromRoot($0) } ?? .keep
        }
        return knownPolicies.contains(link.policy) ? .pointFromRoot(link.pathFromRoot) : .unlink
    }

    /// Each link of the policy text as it reads on a page whose root is `root`, with the line of
    /// policy.md it was written on, so a broken one is reported where the office can fix it.
    func linkSources(root: String) -> [String: SourceLocation] {
        var sources: [String: SourceLocation] = [:]
        for link in outline.links where !link.isImage {
            let place = SourceLocation(file: policy.policyPath, line: link.line)
            switch placement(of: link.url) {
            case .keep: sources[link.url] = sources[link.url] ?? place
            case .point(let target): sources[target] = sources[target] ?? place
            case .pointFromRoot(let path):
                let shown = root + path
                sources[shown] = sources[shown] ?? place
            case .unlink: break
            }
        }
        return sources
    }
}
