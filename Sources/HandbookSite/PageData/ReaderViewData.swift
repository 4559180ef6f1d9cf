/// One reader's view of a policy: staff, parents, or pupils of one band.
package struct ReaderViewData: PageData {
    package var edition: EditionData
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

    package func child(named name: String) -> Any? {
        switch name {
        case "categoryName": categoryName ?? false
        case "sameCategory": sameCategory
        case "hasSameCategory": !sameCategory.isEmpty
        case "related": related
        case "hasRelated": !related.isEmpty
        case "edition": edition
        case "audienceName": audienceName
        case "bandName": bandName
        case "ages": ages
        case "rules": rules
        case "ruleCount": ruleCount
        case "glossary": glossary
        case "hasGlossary": hasGlossary
        case "signs": signs
        case "formURL": formURL
        case "groups": groups
        case "sections": groups.flatMap(\.sections)
        case "agreements": agreements
        case "hasAgreements": !agreements.isEmpty
        case "help": help
        case "readsWithAdult": readsWithAdult
        case "hasChildRules": groups.contains { $0.role == .child }
        case "hasReaderRules": groups.contains { $0.role == .reader }
        case "comparedWith": comparedWith ?? false
        case "hasMarks": rules.contains { $0.mark != nil }
        case "views": views
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

    package func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "anchor": anchor
        case "number": number
        case "summary": summary
        case "summaryHTML": summaryHTML
        case "whyHTML": whyHTML
        case "wording": wording
        case "section": section
        case "kind": kind
        case "cardKind": cardKind
        case "kindOf": kindOf
        case "bindsReader": bindsReader
        case "isPromise": isPromise
        case "appliesTo": appliesTo
        case "acknowledge": acknowledge
        case "isMarked": mark != nil
        case "isNew": mark == .new
        case "isChanged": mark == .changed
        case "url": url
        default: nil
        }
    }
}

package struct RuleSection: PageData {
    /// The section's heading in the policy; rules before the first heading have none.
    package var heading: String?
    package var url: String
    package var rules: [RuleCard]

    package func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "hasHeading": heading != nil
        case "url": url
        case "rules": rules
        default: nil
        }
    }
}

package struct GlossaryTerm: PageData {
    package var term: String
    package var anchor: String
    package var definition: String

    package func child(named name: String) -> Any? {
        switch name {
        case "term": term
        case "anchor": anchor
        case "definition": definition
        default: nil
        }
    }
}
