import HandbookTemplates
import HandbookModel

/// A rule's kind as flags, for the `rule-kind` partial that words it.
package struct KindData: PageData {
    package var kind: RuleKind

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "isMust": .of(kind == .must)
        case "isMustNot": .of(kind == .mustNot)
        case "isShould": .of(kind == .should)
        case "isInfo": .of(kind == .info)
        default: nil
        }
    }
}

/// A band's ages, worded by the templates.
package struct AgesData: PageData {
    package var youngest: Int
    package var oldest: Int

    package init?(_ ages: ClosedRange<Int>?) {
        guard let ages else { return nil }
        youngest = ages.lowerBound
        oldest = ages.upperBound
    }

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "youngest": .of(youngest)
        case "oldest": .of(oldest)
        default: nil
        }
    }
}

/// The rule tags at the top of a block of policy text, for the `rule-tag` template.
package struct RuleTagData: PageData {
    package var blockClasses: String
    package var rules: [RuleTagEntry]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "blockClasses": .of(blockClasses)
        case "rules": .of(rules)
        default: nil
        }
    }
}

package struct RuleTagEntry: PageData {
    package var id: String
    package var anchor: String
    package var kind: String
    package var kindOf: KindData

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": .of(id)
        case "anchor": .of(anchor)
        case "kind": .of(kind)
        case "kindOf": .of(kindOf)
        default: nil
        }
    }
}
