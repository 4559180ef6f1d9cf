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

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "categoryName": .of(categoryName) ?? .bool(false)
        case "sameCategory": .of(sameCategory)
        case "hasSameCategory": .of(!sameCategory.isEmpty)
        case "related": .of(related)
        case "hasRelated": .of(!related.isEmpty)
        case "edition": .of($edition)
        case "audienceName": .of(audienceName)
        case "bandName": .of(bandName)
        case "ages": .of(ages)
        case "rules": .of(rules)
        case "ruleCount": .of(ruleCount)
        case "glossary": .of(glossary)
        case "hasGlossary": .of(hasGlossary)
        case "signs": .of(signs)
        case "formURL": .of(formURL)
        case "groups": .of(groups)
        case "sections": .of(groups.flatMap(\.sections))
        case "agreements": .of(agreements)
        case "hasAgreements": .of(!agreements.isEmpty)
        case "help": .of(help)
        case "readsWithAdult": .of(readsWithAdult)
        case "hasChildRules": .of(groups.contains { $0.role == .child })
        case "hasReaderRules": .of(groups.contains { $0.role == .reader })
        case "comparedWith": .of(comparedWith) ?? .bool(false)
        case "hasMarks": .of(rules.contains { $0.mark != nil })
        case "views": .of(views)
        default: nil
        }
    }
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

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": .of(id)
        case "anchor": .of(anchor)
        case "number": .of(number)
        case "summary": .of(summary)
        case "summaryHTML": .of(summaryHTML)
        case "whyHTML": .of(whyHTML)
        case "wording": .of(wording)
        case "section": .of(section)
        case "kind": .of(kind)
        case "cardKind": .of(cardKind)
        case "kindOf": .of(kindOf)
        case "bindsReader": .of(bindsReader)
        case "isPromise": .of(isPromise)
        case "appliesTo": .of(appliesTo)
        case "acknowledge": .of(acknowledge)
        case "isMarked": .of(mark != nil)
        case "isNew": .of(mark == .new)
        case "isChanged": .of(mark == .changed)
        case "url": .of(url)
        default: nil
        }
    }
}

package struct RuleSection: PageData {
    /// The section's heading in the policy; rules before the first heading have none.
    package var heading: String?
    package var url: String
    package var rules: [RuleCard]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "heading": .of(heading)
        case "hasHeading": .of(heading != nil)
        case "url": .of(url)
        case "rules": .of(rules)
        default: nil
        }
    }
}

package struct GlossaryTerm: PageData {
    package var term: String
    package var anchor: String
    package var definition: String

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "term": .of(term)
        case "anchor": .of(anchor)
        case "definition": .of(definition)
        default: nil
        }
    }
}
