import HandbookContent
import HandbookModel
import HandbookTemplates

/// The school's words in a family's language, by the names templates use: a word not given reads
/// as false, so a template shows its English instead (`{{^words.name}}…{{/words.name}}`).
package struct LanguageWords: TemplateObject {
    package var words: [String: String]

    package func child(named name: String) -> TemplateValue? {
        words[name].map { .string($0) } ?? .bool(false)
    }
}

/// A link to one language's version of a page, named in that language.
package struct LanguageLink: PageData {
    package var name: String
    package var lang: String
    package var dir: String?
    package var url: String
    package var isCurrent: Bool

    package static let templateFields: TemplateFields<Self> = [
        "name": .field(\.name),
        "lang": .field(\.lang),
        "dir": .field(\.dir),
        "url": .field(\.url),
        "isCurrent": .field(\.isCurrent),
    ]
}

/// A text in the family's language, or, where it is not translated from the English as it is
/// now, the English (which the page marks `lang="en"`).
package struct TranslatedLine: PageData {
    package var text: String
    package var state: TranslationState

    package init(_ entry: TranslationEntry) {
        text = entry.currentText ?? entry.english
        state = entry.state
    }

    package init(text: String, state: TranslationState) {
        self.text = text
        self.state = state
    }

    package init(english: String) {
        text = english
        state = .missing
    }

    package var isEnglish: Bool { state != .current }

    package static let templateFields: TemplateFields<Self> = [
        "text": .field(\.text),
        "isEnglish": .field { $0.state != .current },
        "isStale": .field { $0.state == .stale },
        "isMissing": .field { $0.state == .missing },
    ]
}

package struct TranslatedRuleCard: PageData {
    package var anchor: String
    package var summary: TranslatedLine
    /// The rule in the full policy, in English.
    package var url: String

    package static let templateFields: TemplateFields<Self> = [
        "anchor": .field(\.anchor),
        "summary": .field(\.summary),
        "url": .field(\.url),
    ]
}

/// A policy's page for parents in a family's language.
package struct TranslatedParentsData: PageData {
    package var words: LanguageWords
    package var title: TranslatedLine
    package var description: TranslatedLine?
    package var rules: [TranslatedRuleCard]
    package var version: String
    /// The full policy in English: the version that counts.
    package var policyURL: String
    /// The parents' page in English.
    package var englishURL: String
    /// This language's home.
    package var languageHomeURL: String
    package var languages: [LanguageLink]
    package var hasStale: Bool

    package static let templateFields: TemplateFields<Self> = [
        "words": .field(\.words),
        "title": .field(\.title),
        "description": .field(\.description),
        "rules": .field(\.rules),
        "hasRules": .field { !$0.rules.isEmpty },
        "version": .field(\.version),
        "policyURL": .field(\.policyURL),
        "englishURL": .field(\.englishURL),
        "languageHomeURL": .field(\.languageHomeURL),
        "languages": .field(\.languages),
        "hasStale": .field(\.hasStale),
    ]
}

package struct TranslatedPolicyLink: PageData {
    package var title: TranslatedLine
    package var url: String
    /// False links to the English parents' page: the policy has no translation into this language.
    package var isTranslated: Bool

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "url": .field(\.url),
        "isTranslated": .field(\.isTranslated),
    ]
}

/// The search page in a family's language, which searches the pages in that language.
package struct TranslatedSearchData: PageData {
    package var words: LanguageWords
    /// This language's parents' home.
    package var languageHomeURL: String

    package static let templateFields: TemplateFields<Self> = [
        "words": .field(\.words),
        "languageHomeURL": .field(\.languageHomeURL),
    ]
}

/// The parents' home in a family's language: every policy for parents.
package struct TranslatedHomeData: PageData {
    package var words: LanguageWords
    package var policies: [TranslatedPolicyLink]
    package var englishURL: String
    package var languages: [LanguageLink]

    package static let templateFields: TemplateFields<Self> = [
        "words": .field(\.words),
        "policies": .field(\.policies),
        "hasPolicies": .field { !$0.policies.isEmpty },
        "englishURL": .field(\.englishURL),
        "languages": .field(\.languages),
    ]
}
