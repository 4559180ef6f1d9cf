import HandbookChecks
import HandbookEditions
import HandbookModel

/// What changed, edition by edition, newest first; and each older edition compared with the
/// newest on a page of its own.
struct ChangesPage {
    let config: HandbookConfig
    let publication: PolicyPublication
    /// Worked out once per policy: whom each edition asks to sign reads every edition's text.
    let details: EditionDetails

    func pages() -> [SitePage] {
        let releases = publication.releases
        // Each edition's readable text, worked out once: most editions are compared twice.
        let paragraphs = releases.map { TextDiff.paragraphs(of: $0.prepared.outline) }
        // Each edition against the one before; the last of these is also the newest against the
        // edition before it, so its comparison page reuses it.
        let steps = releases.indices.dropFirst().map { index in
            Self.data(EditionComparison.compare(releases[index - 1].prepared.policy, paragraphs: paragraphs[index - 1],
                                                releases[index].prepared.policy, paragraphs: paragraphs[index],
                                                config: config))
        }
        return [page(steps: steps, details: details)]
            + comparisonPages(lastStep: steps.last, paragraphs: paragraphs, details: details)
    }

    /// `paragraphs[i]` is release `i`'s readable text.
    private func comparisonPages(lastStep: ComparisonData?, paragraphs: [[String]], details: EditionDetails) -> [SitePage] {
        let releases = publication.releases
        guard let (newest, newestPrepared) = releases.last else { return [] }
        return releases.dropLast().enumerated().map { offset, release in
            let (edition, prepared) = release
            let path = SitePaths.comparison(publication.id, since: edition.version.text)
            let root = SitePaths.root(of: path)
            var data: ComparisonData
            if offset == releases.count - 2, let lastStep {
                data = lastStep
            } else {
                data = Self.data(EditionComparison.compare(prepared.policy, paragraphs: paragraphs[offset],
                                                           newestPrepared.policy, paragraphs: paragraphs[releases.count - 1],
                                                           config: config))
            }
            data.to = newest.version.text
            var page = SitePage(path: path, template: PageTemplates.compare, bodyClass: "page-changes",
                                data: ComparePageData(edition: details.data(publication.current.policy, page: path),
                                                      comparison: data, changesURL: root + SitePaths.changes(publication.id)))
            page.breadcrumbs = Crumb.toPolicy(publication.id, title: publication.current.policy.edition.title, from: root)
            return page
        }
    }

    /// `steps[i]` compares release `i` with release `i + 1`.
    private func page(steps: [ComparisonData], details: EditionDetails) -> SitePage {
        let path = SitePaths.changes(publication.id)
        let policy = publication.current.policy
        let root = SitePaths.root(of: path)
        let releases = publication.releases
        let editions = releases.indices.reversed().map { index in
            let (release, prepared) = releases[index]
            var entry = EditionChanges(
                version: release.version.text, released: release.released.longForm,
                effective: prepared.policy.edition.effective.longForm,
                url: root + SitePaths.edition(publication.id, version: release.version.text),
                fingerprintShort: prepared.policy.fingerprint.short, approval: EditionDetails.approval(release),
                material: prepared.policy.edition.material, coveredBy: details.coveredBy(prepared.policy),
                signing: details.signing(release.version.text),
                changes: prepared.policy.edition.changes,
                previousVersion: nil, comparison: nil, isFirst: index == 0)
            if index > 0 {
                entry.previousVersion = releases[index - 1].edition.version.text
                entry.comparison = steps[index - 1]
            }
            return entry
        }
        var page = SitePage(path: path, template: PageTemplates.changes, bodyClass: "page-changes",
                            data: ChangesData(edition: details.data(policy, page: path), editions: editions,
                                              views: details.viewLinks(config: config, page: path),
                                              older: older(root: root)))
        page.breadcrumbs = Crumb.toPolicy(publication.id, title: policy.edition.title, from: root)
        return page
    }

    private func older(root: String) -> [OlderEdition] {
        guard let newest = publication.releases.last?.0.version.text else { return [] }
        return publication.releases.dropLast().reversed().map { release, _ in
            OlderEdition(version: release.version.text, current: newest,
                         url: root + SitePaths.comparison(publication.id, since: release.version.text))
        }
    }

    /// Rule changes side by side and the changed paragraphs as `<ins>`/`<del>` segments.
    static func data(_ comparison: EditionComparison) -> ComparisonData {
        let rules = comparison.rules.map { change in
            RuleChangeData(id: change.id, title: change.title, kind: change.kind.rawValue, isAdded: change.kind == .added,
                           isRemoved: change.kind == .removed, isChanged: change.kind == .changed,
                           fields: change.fields.map(fieldData))
        }
        let paragraphs = comparison.text.changedParagraphs.map { paragraph in
            ParagraphData(segments: paragraph.segments.map(segmentData))
        }
        return ComparisonData(from: comparison.from, to: comparison.to, rules: rules, hasRuleChanges: !rules.isEmpty,
                              paragraphs: paragraphs, hasTextChanges: !paragraphs.isEmpty,
                              wordsAdded: comparison.text.insertedWords.count,
                              wordsRemoved: comparison.text.deletedWords.count)
    }

    private static func segmentData(_ segment: WordDiff.Segment) -> SegmentData {
        switch segment {
        case let .same(words):
            SegmentData(text: words.joined(separator: " "), isSame: true, isInserted: false, isDeleted: false)
        case let .inserted(words):
            SegmentData(text: words.joined(separator: " "), isSame: false, isInserted: true, isDeleted: false)
        case let .deleted(words):
            SegmentData(text: words.joined(separator: " "), isSame: false, isInserted: false, isDeleted: true)
        }
    }

    /// A changed field of a rule, its changed words marked inside the old and the new wording.
    private static func fieldData(_ field: RuleChange.Field) -> FieldChangeData {
        var data = FieldChangeData(field: field.name, old: field.old, new: field.new, oldSegments: [], newSegments: [])
        guard let old = field.old, let new = field.new else { return data }
        let segments = TextDiff.compare(old: [old], new: [new]).paragraphs.flatMap(\.segments).map(segmentData)
        data.oldSegments = segments.filter { !$0.isInserted }
        data.newSegments = segments.filter { !$0.isDeleted }
        return data
    }
}
