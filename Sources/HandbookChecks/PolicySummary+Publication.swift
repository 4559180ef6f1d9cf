import HandbookContent
import HandbookMarkdown
import HandbookModel

extension PolicyPublication {
    /// The policy as the handbook-wide pages see it, taken while its text is still at hand.
    package var summary: PolicySummary {
        let policy = current.policy
        let edition = policy.edition
        var readers: Set<ReaderKey> = []
        var signers: Set<ReaderKey> = []
        for rule in policy.rules {
            for summary in rule.summaries {
                let reader = ReaderKey(audience: summary.audience, band: summary.band)
                readers.insert(reader)
                if rule.isAcknowledged(by: summary.audience, band: summary.band) { signers.insert(reader) }
            }
        }
        let notes = releases.map {
            ReleaseNote(version: $0.edition.version.text, released: $0.edition.released,
                        changes: $0.edition.policy.edition.changes)
        }
        var made = PolicySummary(id: id, title: edition.title, description: edition.description ?? firstSentence,
                             category: edition.category?.value,
                             version: edition.version, effective: edition.effective, reviewBy: edition.reviewBy,
                             isDraft: isDraft, readers: readers, signers: signers, releases: notes,
                             readabilityExceptions: policy.rules.flatMap { rule in
                                 rule.readabilityExceptions.map {
                                     ExceptionNote(ruleTitle: rule.plainTitle, ruleAnchor: rule.anchor,
                                                   reader: ReaderKey(audience: $0.audience, band: $0.band), reason: $0.reason)
                                 }
                             },
                             review: entry.review, approvedBy: edition.approvedBy, statutory: edition.statutory.map(\.value),
                             pupilDescription: edition.pupilDescription,
                             owner: edition.owner, approval: approval, keywords: edition.keywords.map(\.value),
                             ruleTopics: policy.rules.compactMap { rule in
                                 rule.title.map { title in
                                     RuleTopic(title: title.value, anchor: rule.anchor, readers: Set(rule.summaries.map {
                                         ReaderKey(audience: $0.audience, band: $0.band)
                                     }))
                                 }
                             })
        let englishTitle = EnglishFingerprint.of(edition.title)
        for translation in entry.translations {
            made.translations[translation.language] = .some(translation.title.flatMap { $0.from == englishTitle ? $0.text : nil })
        }
        return made
    }

    /// A released edition's approval is the one its record seals, as its own pages show; a draft's
    /// is what its front matter says so far.
    private var approval: Approval? {
        isDraft ? current.policy.edition.approval : releases.last?.edition.recordedApproval?.value
    }

    /// The first sentence of the policy's first paragraph, for a policy that gives no description.
    private var firstSentence: String {
        guard let text = current.outline.blocks.first(where: { $0.kind == .paragraph })?.text else { return "" }
        var end = text.endIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".!?".contains(text[index]), next == text.endIndex || text[next] == " " {
                end = next
                break
            }
            index = next
        }
        return String(text[..<end])
    }
}
