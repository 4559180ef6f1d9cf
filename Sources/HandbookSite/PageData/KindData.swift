import HandbookTemplates
import HandbookModel

/// A rule's kind as flags, for the `rule-kind` partial that words it.
package struct KindData: PageData {
    package var kind: RuleKind

    package static let templateFields: TemplateFields<Self> = [
        "isMust": .field { $0.kind == .must },
        "isMustNot": .field { $0.kind == .mustNot },
        "isShould": .field { $0.kind == .should },
        "isInfo": .field { $0.kind == .info },
    ]
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

    package static let templateFields: TemplateFields<Self> = [
        "youngest": .field(\.youngest),
        "oldest": .field(\.oldest),
    ]
}

/// The rule tags at the top of a block of policy text, for the `rule-tag` template.
package struct RuleTagData: PageData {
    package var blockClasses: String
    package var rules: [RuleTagEntry]

    package static let templateFields: TemplateFields<Self> = [
        "blockClasses": .field(\.blockClasses),
        "rules": .field(\.rules),
    ]
}

package struct RuleTagEntry: PageData {
    package var id: String
    /// The rule's name for readers: its `title:`, or its id in words.
    package var title: String
    package var anchor: String
    package var kind: String
    package var kindOf: KindData

    package static let templateFields: TemplateFields<Self> = [
        "id": .field(\.id),
        "title": .field(\.title),
        "anchor": .field(\.anchor),
        "kind": .field(\.kind),
        "kindOf": .field(\.kindOf),
    ]
}
