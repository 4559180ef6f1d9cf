import HandbookChecks
import HandbookEditions
import HandbookModel

/// What changed for one reader since the edition they last had to sign, by the `SigningPlan`:
/// only what that reader signs counts (see `ReaderPart`).
struct SignedChanges {
    /// The edition last signed, when there is one to compare with.
    let comparedWith: String?
    private let before: ReaderPart?
    private let now: ReaderPart?

    init(_ details: EditionDetails, reader: ReaderKey) {
        let plan = details.plan
        let earlier = plan.lastSigned(by: reader, before: details.publication.current.policy.edition.version)
        comparedWith = earlier
        before = earlier.flatMap { plan.step($0)?.parts[reader] }
        now = details.currentPart(for: reader)
    }

    /// New or changed for this reader since the edition last signed; nil when unchanged or when
    /// there is nothing to compare with.
    func mark(_ rule: Rule) -> FormRule.Mark? {
        guard let before, let terms = now?.rules[rule.id.value] else { return nil }
        guard let old = before.rules[rule.id.value] else { return .new }
        return old == terms ? nil : .changed
    }
}
