import HandbookChecks
import HandbookMarkdown
import HandbookModel

/// What changed for a reader since the edition they last signed: the newest released material
/// edition older than the one shown. Only what the reader signs for counts: the policy's words,
/// the rule's kind, and the reader's own summary.
struct SignedChanges {
    /// The edition last signed, when there is one to compare with.
    let comparedWith: Policy?
    private let before: [String: Rule]

    init(_ publication: PolicyPublication) {
        let current = publication.current.policy
        let earlier = VersionNumber(current.edition.version).flatMap { version in
            publication.releases.last { $0.edition.version < version && $0.edition.policy.edition.material }?.edition.policy
        }
        comparedWith = earlier
        before = Dictionary((earlier?.rules ?? []).map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// New or changed for this reader since the edition last signed; nil when unchanged or when
    /// there is nothing to compare with.
    func mark(_ rule: Rule, audience: String, band: String?) -> FormRule.Mark? {
        guard comparedWith != nil else { return nil }
        guard let old = before[rule.id.value] else { return .new }
        let changed = TextNormalizer.normalize(old.quote.value) != TextNormalizer.normalize(rule.quote.value)
            || old.kind != rule.kind
            || old.summary(for: audience, band: band)?.text != rule.summary(for: audience, band: band)?.text
        return changed ? .changed : nil
    }
}
