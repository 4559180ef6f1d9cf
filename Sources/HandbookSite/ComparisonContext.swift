import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// Turns an `EditionComparison` into template values: rule changes side by side and the
/// changed paragraphs with `<ins>`/`<del>` segments.
package enum ComparisonContext {
    package static func make(_ comparison: EditionComparison) -> [String: Any] {
        let rules = comparison.rules.map { change -> [String: Any] in
            [
                "id": change.id,
                "kind": change.kind.rawValue,
                "isAdded": change.kind == .added,
                "isRemoved": change.kind == .removed,
                "isChanged": change.kind == .changed,
                "fields": change.fields.map { field -> [String: Any] in
                    var entry: [String: Any] = ["name": field.name]
                    if let old = field.old { entry["old"] = old }
                    if let new = field.new { entry["new"] = new }
                    return entry
                },
            ]
        }
        let paragraphs = comparison.text.changedParagraphs.map { paragraph -> [String: Any] in
            ["segments": paragraph.segments.map { segment -> [String: Any] in
                switch segment {
                case let .same(words): ["text": words.joined(separator: " "), "isSame": true]
                case let .inserted(words): ["text": words.joined(separator: " "), "isInserted": true]
                case let .deleted(words): ["text": words.joined(separator: " "), "isDeleted": true]
                }
            }]
        }
        return [
            "from": comparison.from,
            "to": comparison.to,
            "rules": rules,
            "hasRuleChanges": !rules.isEmpty,
            "paragraphs": paragraphs,
            "hasTextChanges": !paragraphs.isEmpty,
            "wordsAdded": comparison.text.insertedWords.count,
            "wordsRemoved": comparison.text.deletedWords.count,
        ]
    }
}
