import HandbookChecks
import HandbookEditions
import HandbookModel

/// What changed, edition by edition, newest first.
struct ChangesPage {
    let config: HandbookConfig
    let publication: PolicyPublication

    func page() -> SitePage {
        let path = SitePaths.changes(publication.id)
        let policy = publication.current.policy
        let details = EditionDetails(publication: publication)
        let root = SitePaths.root(of: path)
        let releases = publication.releases
        let editions = releases.indices.reversed().map { index in
            let (release, prepared) = releases[index]
            var entry = EditionChanges(
                version: release.version.text, released: release.released.longForm,
                effective: prepared.policy.edition.effective.longForm,
                url: root + SitePaths.edition(publication.id, version: release.version.text),
                fingerprintShort: prepared.policy.fingerprint.short,
                material: prepared.policy.edition.material, coveredBy: details.coveredBy(prepared.policy),
                changes: prepared.policy.edition.changes,
                previousVersion: nil, comparison: nil, isFirst: index == 0)
            if index > 0 {
                let (previous, previousPrepared) = releases[index - 1]
                let comparison = EditionComparison.compare(previousPrepared.policy, outline: previousPrepared.outline,
                                                           prepared.policy, outline: prepared.outline, config: config)
                entry.previousVersion = previous.version.text
                entry.comparison = Self.data(comparison)
            }
            return entry
        }
        var page = SitePage(kind: .changes, path: path, template: "changes", bodyClass: "page-changes",
                            data: ChangesData(edition: details.data(policy, page: path), editions: editions,
                                              views: details.viewLinks(config: config, page: path)))
        page.breadcrumbs = Crumb.toPolicy(publication.id, title: policy.edition.title, from: root)
        return page
    }

    /// Rule changes side by side and the changed paragraphs as `<ins>`/`<del>` segments.
    static func data(_ comparison: EditionComparison) -> ComparisonData {
        let rules = comparison.rules.map { change in
            RuleChangeData(id: change.id, kind: change.kind.rawValue, isAdded: change.kind == .added,
                           isRemoved: change.kind == .removed, isChanged: change.kind == .changed,
                           fields: change.fields.map { FieldChangeData(field: $0.name, old: $0.old, new: $0.new) })
        }
        let paragraphs = comparison.text.changedParagraphs.map { paragraph in
            ParagraphData(segments: paragraph.segments.map { segment in
                switch segment {
                case let .same(words):
                    SegmentData(text: words.joined(separator: " "), isSame: true, isInserted: false, isDeleted: false)
                case let .inserted(words):
                    SegmentData(text: words.joined(separator: " "), isSame: false, isInserted: true, isDeleted: false)
                case let .deleted(words):
                    SegmentData(text: words.joined(separator: " "), isSame: false, isInserted: false, isDeleted: true)
                }
            })
        }
        return ComparisonData(from: comparison.from, to: comparison.to, rules: rules, hasRuleChanges: !rules.isEmpty,
                              paragraphs: paragraphs, hasTextChanges: !paragraphs.isEmpty,
                              wordsAdded: comparison.text.insertedWords.count,
                              wordsRemoved: comparison.text.deletedWords.count)
    }
}
