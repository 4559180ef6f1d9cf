import HandbookContent
import HandbookMarkdown
import HandbookModel

/// What a check of the whole handbook looks at: handbook.yml and the glossary.
public struct HandbookSubject: Sendable {
    public var config: HandbookConfig
    public var glossary: Glossary
}

/// What a check of one policy folder looks at: its working copy and every release.
public struct PolicySubject: Sendable {
    public var entry: PolicyEntry
    public var config: HandbookConfig
    public var glossary: Glossary
}

/// What a check of one edition's text looks at: the edition, its parsed text, and the ids of
/// every policy it may link to.
public struct EditionSubject: Sendable {
    public var policy: Policy
    public var outline: PolicyOutline
    public var config: HandbookConfig
    public var knownPolicies: Set<String>
}

/// A check returns diagnostics and never prints. Each has a stable name, for documentation
/// and for tools that read `--format json`.
public protocol HandbookCheck: Sendable {
    var name: String { get }
    func check(_ subject: HandbookSubject) -> [Diagnostic]
}

public protocol PolicyCheck: Sendable {
    var name: String { get }
    func check(_ subject: PolicySubject) -> [Diagnostic]
}

public protocol EditionCheck: Sendable {
    var name: String { get }
    func check(_ subject: EditionSubject) -> [Diagnostic]
}

/// Every check the content goes through, in the order it runs. Adding a check means writing a
/// small type and listing it here; `check`, `build`, `release`, `diff` and `forms` all run them
/// through `ContentChecker`.
public enum CheckRegistry {
    public static let handbook: [any HandbookCheck] = [AudiencesCheck(), GlossaryCheck(), CategoriesCheck(),
                                                       PublicAddressCheck()]
    public static let policy: [any PolicyCheck] = [ReleasesCheck()]
    /// Quote anchoring is not listed: it also gives each rule its block, so it runs first, by itself.
    public static let edition: [any EditionCheck] = [RulesCheck(), UnpublishedContentCheck(), PolicyLinksCheck(),
                                                     CategoryAndRelatedCheck()]
}

struct AudiencesCheck: HandbookCheck {
    let name = "audiences"
    func check(_ subject: HandbookSubject) -> [Diagnostic] { ConfigChecks.check(subject.config) }
}

struct GlossaryCheck: HandbookCheck {
    let name = "glossary"
    func check(_ subject: HandbookSubject) -> [Diagnostic] { GlossaryChecks.check(subject.glossary, config: subject.config) }
}

struct ReleasesCheck: PolicyCheck {
    let name = "releases"
    func check(_ subject: PolicySubject) -> [Diagnostic] { ReleaseChecks.check(subject.entry) }
}

struct RulesCheck: EditionCheck {
    let name = "rules"
    func check(_ subject: EditionSubject) -> [Diagnostic] { RuleChecks.check(subject.policy, config: subject.config) }
}

struct UnpublishedContentCheck: EditionCheck {
    let name = "unpublished-content"
    func check(_ subject: EditionSubject) -> [Diagnostic] { SafetyChecks.check(subject.policy, outline: subject.outline) }
}

struct PolicyLinksCheck: EditionCheck {
    let name = "policy-links"
    func check(_ subject: EditionSubject) -> [Diagnostic] {
        PolicyLinkChecks.check(subject.policy, outline: subject.outline, known: subject.knownPolicies)
    }
}
