import HandbookTemplates

/// One reader's view of a policy: staff, parents, or pupils of one band.
package struct ReaderViewData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var audienceName: String
    package var bandName: String?
    package var ages: AgesData?
    package var rules: [RuleCard]
    package var ruleCount: Int
    package var glossary: [GlossaryTerm]
    package var hasGlossary: Bool
    package var signs: Bool
    package var formURL: String?
    /// The rules, grouped by who acts; staff have one group.
    package var groups: [RuleGroup]
    /// For parents: the agreements their child signs, one per band.
    package var agreements: [TitledLink]
    /// For pupils: whom to tell.
    package var help: HelpData?
    package var readsWithAdult: Bool
    /// The edition this reader last signed, when rules are marked against it.
    package var comparedWith: String?
    package var views: [ViewLink]
    package var categoryName: String?
    /// Other policies of the same category, for this reader.
    package var sameCategory: [TitledLink]
    /// The policies this one names as related, for this reader.
    package var related: [TitledLink]
    /// For parents: the same page in each language it is translated into.
    package var languages: [LanguageLink] = []

    package static let templateFields: TemplateFields<Self> = [
        "categoryName": .field(\.categoryName),
        "sameCategory": .field(\.sameCategory),
        "hasSameCategory": .field { !$0.sameCategory.isEmpty },
        "related": .field(\.related),
        "hasRelated": .field { !$0.related.isEmpty },
        "edition": .field(\.$edition),
        "audienceName": .field(\.audienceName),
        "bandName": .field(\.bandName),
        "ages": .field(\.ages),
        "rules": .field(\.rules),
        "ruleCount": .field(\.ruleCount),
        "glossary": .field(\.glossary),
        "hasGlossary": .field(\.hasGlossary),
        "signs": .field(\.signs),
        "formURL": .field(\.formURL),
        "groups": .field(\.groups),
        "sections": .field { $0.groups.flatMap(\.sections) },
        "agreements": .field(\.agreements),
        "hasAgreements": .field { !$0.agreements.isEmpty },
        "help": .field(\.help),
        "readsWithAdult": .field(\.readsWithAdult),
        "hasChildRules": .field { $0.groups.contains { $0.role == .child } },
        "hasReaderRules": .field { $0.groups.contains { $0.role == .reader } },
        "comparedWith": .field(\.comparedWith),
        "hasMarks": .field { $0.rules.contains { $0.mark != nil } },
        "views": .field(\.views),
        "languages": .field(\.languages),
        "hasLanguages": .field { !$0.languages.isEmpty },
    ]
}

package struct RuleCard: PageData {
    package var id: String
    package var anchor: String
    package var number: Int
    package var summary: String
    package var summaryHTML: String
    /// Why the rule is there, for this reader, when rules.yml says.
    package var whyHTML: String?
    package var wording: String
    /// The heading of the policy section the rule is in.
    package var section: String?
    package var kind: String
    package var cardKind: String
    package var kindOf: KindData
    package var bindsReader: Bool
    package var isPromise: Bool
    package var appliesTo: String
    package var acknowledge: Bool
    /// New or changed since the edition this reader last signed.
    package var mark: FormRule.Mark?
    package var url: String

    package static let templateFields: TemplateFields<Self> = [
        "id": .field(\.id),
        "anchor": .field(\.anchor),
        "number": .field(\.number),
        "summary": .field(\.summary),
        "summaryHTML": .field(\.summaryHTML),
        "whyHTML": .field(\.whyHTML),
        "wording": .field(\.wording),
        "section": .field(\.section),
        "kind": .field(\.kind),
        "cardKind": .field(\.cardKind),
        "kindOf": .field(\.kindOf),
        "bindsReader": .field(\.bindsReader),
        "isPromise": .field(\.isPromise),
        "appliesTo": .field(\.appliesTo),
        "acknowledge": .field(\.acknowledge),
        "isMarked": .field { $0.mark != nil },
        "isNew": .field { $0.mark == .new },
        "isChanged": .field { $0.mark == .changed },
        "url": .field(\.url),
    ]
}

package struct RuleSection: PageData {
    /// The section's heading in the policy; rules before the first heading have none.
    package var heading: String?
    package var url: String
    package var rules: [RuleCard]

    package static let templateFields: TemplateFields<Self> = [
        "heading": .field(\.heading),
        "hasHeading": .field { $0.heading != nil },
        "url": .field(\.url),
        "rules": .field(\.rules),
    ]
}

package struct GlossaryTerm: PageData {
    package var term: String
    package var anchor: String
    package var definition: String

    package static let templateFields: TemplateFields<Self> = [
        "term": .field(\.term),
        "anchor": .field(\.anchor),
        "definition": .field(\.definition),
    ]
}
