import HandbookContent
import HandbookMarkdown
import HandbookModel

/// What a check of the whole handbook looks at: handbook.yml, the glossary and the names of
/// the policy folders.
public struct HandbookSubject: Sendable {
    public var config: HandbookConfig
    public var glossary: Glossary
    public var policies: [String]

    public init(config: HandbookConfig, glossary: Glossary, policies: [String] = []) {
        self.config = config
        self.glossary = glossary
        self.policies = policies
    }
}

/// What a check of one policy folder looks at: its working copy and every release.
public struct PolicySubject: Sendable {
    public var entry: PolicyEntry
    public var config: HandbookConfig
    public var glossary: Glossary
    /// The working copy's text, parsed once for every check that reads it.
    public var working: MarkdownDocument

    public init(entry: PolicyEntry, config: HandbookConfig, glossary: Glossary) {
        self.entry = entry
        self.config = config
        self.glossary = glossary
        working = MarkdownDocument(markdown: entry.working.body, firstLine: entry.working.bodyFirstLine)
    }
}

/// What a check of one edition's text looks at: the edition, its parsed text, and the ids of
/// every policy it may link to.
public struct EditionSubject: Sendable {
    public var policy: Policy
    public var outline: PolicyOutline
    public var config: HandbookConfig
    public var knownPolicies: Set<String>
    /// The working copy of a policy never released: what is still to write is listed, not an error.
    public var isFirstDraft: Bool

    public init(policy: Policy, outline: PolicyOutline, config: HandbookConfig, knownPolicies: Set<String>,
                isFirstDraft: Bool = false) {
        self.policy = policy
        self.outline = outline
        self.config = config
        self.knownPolicies = knownPolicies
        self.isFirstDraft = isFirstDraft
    }
}

/// What a review check looks at: one published edition's review date, and the day it is.
/// Only review checks depend on the day, so only they are given it.
public struct ReviewSubject: Sendable {
    public var policy: String
    public var title: String
    public var reviewBy: CalendarDate
    public var location: SourceLocation
    public var today: CalendarDate

    public init(policy: String, title: String, reviewBy: CalendarDate, at location: SourceLocation,
                today: CalendarDate) {
        self.policy = policy
        self.title = title
        self.reviewBy = reviewBy
        self.location = location
        self.today = today
    }
}

/// A check returns diagnostics and never prints. Its stable kebab-case name is the `code` of
/// every diagnostic it returns, for the README's list and for tools that read `--format json`.
public protocol ContentCheck: Sendable {
    associatedtype Subject: Sendable
    var name: String { get }
    func check(_ subject: Subject) -> [Diagnostic]
}

extension ContentCheck {
    /// The check's findings, each coded with its name: how every check is run.
    public func run(_ subject: Subject) -> [Diagnostic] {
        CheckRegistry.coded(check(subject), by: name)
    }
}

public protocol HandbookCheck: ContentCheck where Subject == HandbookSubject {}
public protocol PolicyCheck: ContentCheck where Subject == PolicySubject {}
public protocol ReadabilityCheck: ContentCheck where Subject == ReadabilitySubject {}
public protocol EditionCheck: ContentCheck where Subject == EditionSubject {}
public protocol ReviewCheck: ContentCheck where Subject == ReviewSubject {}
public protocol ChecklistCheck: ContentCheck where Subject == ChecklistSubject {}

/// Every check the content goes through, in the order it runs. Adding a check means writing a
/// small type and listing it here; `check`, `build`, `release`, `diff` and `forms` all run them
/// through `ContentChecker`.
public enum CheckRegistry {
    /// Reading handbook.yml and glossary.yml, and listing the policy folders.
    public static let handbookFiles = HandbookFilesCheck()
    public static let handbook: [any HandbookCheck] = [AudiencesCheck(), GlossaryCheck(), CategoriesCheck(),
                                                       PublicAddressCheck(), PlaceholdersCheck(), NoPoliciesCheck(),
                                                       PupilSharedWordsCheck()]
    /// The code of a `"FILL IN: …"` still in handbook.yml, which `handbook release` refuses.
    public static let placeholderCode = PlaceholdersCheck.code
    /// Reading one policy folder: its working copy and every release.
    public static let policyFiles = PolicyFilesCheck()
    public static let policy: [any PolicyCheck] = [ReleasesCheck(), UnreleasedCheck(), PupilWordsCheck(), TranslationsCheck()]
    /// Run on the working copy only: released editions are frozen.
    public static let readability: [any ReadabilityCheck] = [ReadabilityGradeCheck(), HardWordCheck()]
    public static let edition: [any EditionCheck] = [RulesCheck(), SummariesToWriteCheck(), PromiseWordingCheck(),
                                                     UnpublishedContentCheck(), PolicyLinksCheck(), CategoryAndRelatedCheck(),
                                                     StatutoryIDsCheck(), DraftPlaceholdersCheck()]
    /// What a new draft (an imported policy) still has to have written, which `handbook release` refuses.
    public static let toWriteCodes: Set<String> = [PlaceholdersCheck.code, DraftPlaceholdersCheck.code,
                                                            SummariesToWriteCheck.code]
    /// Not in `edition`: it also gives each rule its block, so it is run after them, by itself.
    public static let quotes = QuotesCheck()
    /// Run by `handbook check` and `build` once every policy has been read: the DfE's list of
    /// policies the school must hold, against what the policies say they meet.
    public static let checklist: [any ChecklistCheck] = [StatutoryChecklistCheck()]
    /// Run by `handbook check` and `build` with the day they are given, after everything else.
    public static let review: [any ReviewCheck] = [ReviewDueCheck()]
    /// Run by `handbook check` only: a warning the office should see while preparing the content,
    /// but not one that every build and release repeats.
    public static let contact = ContactCheck()

    /// The name of every check, in the order they run: every code a content diagnostic carries.
    public static let allNames: [String] = [handbookFiles.name] + handbook.map(\.name) + [policyFiles.name]
        + policy.map(\.name) + readability.map(\.name) + edition.map(\.name) + [quotes.name] + checklist.map(\.name)
        + review.map(\.name) + [contact.name]

    static func coded(_ diagnostics: [Diagnostic], by name: String) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var coded = diagnostic
            coded.code = name
            return coded
        }
    }
}

/// handbook.yml and glossary.yml must be readable and follow their format. Reading gives the folder the other checks look at, so it runs first, by itself.
public struct HandbookFilesCheck: Sendable {
    public let name = "handbook-files"

    public func open(_ content: String, diagnostics: inout [Diagnostic]) -> ContentLoader.Folder? {
        var found: [Diagnostic] = []
        let folder = ContentLoader.open(content, diagnostics: &found)
        diagnostics += CheckRegistry.coded(found, by: name)
        return folder
    }
}

/// A policy folder's policy.md, rules.yml and released editions must be readable and follow
/// their format. Reading gives the policy the other checks look at, so it runs first, by itself.
public struct PolicyFilesCheck: Sendable {
    public let name = "policy-files"

    public func load(_ policy: String, in folder: ContentLoader.Folder, diagnostics: inout [Diagnostic]) -> PolicyEntry? {
        var found: [Diagnostic] = []
        let entry = ContentLoader.loadPolicy(policy, in: folder, diagnostics: &found)
        diagnostics += CheckRegistry.coded(found, by: name)
        return entry
    }
}

/// handbook.yml's audiences and bands: listed, named once each, usable in web addresses.
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
    func check(_ subject: PolicySubject) -> [Diagnostic] { ReleaseChecks.problems(subject.entry) }
}

/// Only says a release is still to be made: `handbook release` leaves these out.
struct UnreleasedCheck: PolicyCheck {
    let name = "unreleased"
    func check(_ subject: PolicySubject) -> [Diagnostic] { ReleaseChecks.reminders(subject.entry) }
}

struct RulesCheck: EditionCheck {
    let name = "rules"
    func check(_ subject: EditionSubject) -> [Diagnostic] {
        RuleChecks.check(subject.policy, config: subject.config, firstDraft: subject.isFirstDraft)
    }
}

struct PromiseWordingCheck: EditionCheck {
    let name = "promise-wording"
    func check(_ subject: EditionSubject) -> [Diagnostic] {
        subject.policy.rules.flatMap { PromiseWording.problems($0, config: subject.config) }
    }
}

struct UnpublishedContentCheck: EditionCheck {
    let name = "unpublished-content"
    func check(_ subject: EditionSubject) -> [Diagnostic] { SafetyChecks.check(subject.policy, outline: subject.outline) }
}

struct PolicyLinksCheck: EditionCheck {
    let name = "missing-policy"
    func check(_ subject: EditionSubject) -> [Diagnostic] {
        PolicyLinkChecks.check(subject.policy, outline: subject.outline, known: subject.knownPolicies)
    }
}

/// Each rule's quote must be in the policy text; where it is, the rule is anchored to its block.
public struct QuotesCheck: EditionCheck {
    public let name = "quotes"

    public func check(_ subject: EditionSubject) -> [Diagnostic] {
        var found: [Diagnostic] = []
        _ = QuoteChecks.anchor(subject.policy, outline: subject.outline, diagnostics: &found)
        return found
    }

    /// The block index of each rule id whose quote was found; the check's findings, coded, are
    /// added to `diagnostics`.
    public func anchored(_ subject: EditionSubject, diagnostics: inout [Diagnostic]) -> [String: Int] {
        var found: [Diagnostic] = []
        let anchors = QuoteChecks.anchor(subject.policy, outline: subject.outline, diagnostics: &found)
        diagnostics += CheckRegistry.coded(found, by: name)
        return anchors
    }
}

/// A pupil agreement tells a parent without a printer how to get a paper copy, and the
/// accessibility statement how to ask for another format: both need the school's email or phone.
/// The handbook never makes them up, so it warns until handbook.yml gives one.
public struct ContactCheck: ContentCheck {
    public let name = "contact"

    public func check(_ config: HandbookConfig) -> [Diagnostic] {
        let details = config.accessibility
        guard details?.email == nil, details?.phone == nil else { return [] }
        // A contact still to be filled in is already reported as such.
        let asked = config.placeholders.contains {
            $0.field.contains("`accessibility`") && ($0.field.contains("`email`") || $0.field.contains("`phone`"))
        }
        if asked { return [] }
        let agreements = config.audiences.contains { !$0.bands.isEmpty }
        let pages = agreements ? "the pupil agreements and the accessibility statement tell" : "the accessibility statement tells"
        return [.warning(at: config.accessibilityLocation ?? SourceLocation(file: config.path, line: 1),
                         "handbook.yml gives no email or phone for the school office, so \(pages) readers only to ask at the office",
                         hint: "add the office's contact under `accessibility:`, with the statement's dates, like:\naccessibility:\n  prepared: 2026-11-30\n  reviewed: 2026-11-30\n  email: office@school.example\n  phone: 01234 567890")]
    }
}
