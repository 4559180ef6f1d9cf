import HandbookModel

/// A rule's kind as flags, for the `rule-kind` partial that words it.
package struct KindData: PageData {
    package var kind: RuleKind

    package func child(named name: String) -> Any? {
        switch name {
        case "isMust": kind == .must
        case "isMustNot": kind == .mustNot
        case "isShould": kind == .should
        case "isInfo": kind == .info
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

    package func child(named name: String) -> Any? {
        switch name {
        case "youngest": youngest
        case "oldest": oldest
        default: nil
        }
    }
}

/// The rule tags at the top of a block of policy text, for the `rule-tag` template.
package struct RuleTagData: PageData {
    package var blockClasses: String
    package var rules: [RuleTagEntry]

    package func child(named name: String) -> Any? {
        switch name {
        case "blockClasses": blockClasses
        case "rules": rules
        default: nil
        }
    }
}

package struct RuleTagEntry: PageData {
    package var id: String
    package var anchor: String
    package var kind: String
    package var kindOf: KindData

    package func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "anchor": anchor
        case "kind": kind
        case "kindOf": kindOf
        default: nil
        }
    }
}
