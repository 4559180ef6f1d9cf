import HandbookChecks
import HandbookModel

/// What the check stage hands on for one policy: its findings and, when its pages may be made,
/// what it publishes.
struct PolicyCheck: Sendable {
    var diagnostics: [Diagnostic]
    /// Nil when the policy has errors (with `--strict`, any finding), or the handbook as a whole
    /// has, or it was never released and this is not a draft build: no page of it is then made.
    var publication: PolicyPublication?
    /// The statutory requirements the policy says it meets, published or not.
    var claim: StatutoryClaim?
}

/// check: one policy folder loaded and checked, with its review reminders, which depend on the
/// day and never change the site.
enum CheckStage {
    static func run(_ name: String, in content: LoadedContent, options: HandbookBuild.Options) -> PolicyCheck {
        let checked = ContentChecker.checkPolicy(name, in: content.opened, drafts: options.drafts,
                                                 linkable: content.published)
        var result = PolicyCheck(diagnostics: checked.diagnostics)
        guard let publication = checked.publication else { return result }
        result.claim = publication.statutoryClaim
        if let today = options.today {
            result.diagnostics += ReviewChecks.check(publication.current.policy.edition, policy: publication.id, today: today)
        }
        let blocking = options.strict ? !checked.diagnostics.isEmpty : checked.diagnostics.hasErrors
        if content.isSound, !blocking, publication.isPublished(drafts: options.drafts) { result.publication = publication }
        return result
    }
}
