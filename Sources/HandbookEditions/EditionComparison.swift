import HandbookChecks
import HandbookMarkdown
import HandbookModel

/// What changed between two editions of a policy: the stated summary, the rules and the words.
public struct EditionComparison: Sendable, Hashable {
    public var from: String
    public var to: String
    /// The newer edition's own `changes:` text.
    public var changes: String?
    /// Whether the newer edition is material: it asks again those whose part of it changed.
    public var material: Bool
    /// Whom the newer edition asks to sign and whom it does not, when the editions around it are known.
    public var signing: SignAgain?
    public var rules: [RuleChange]
    public var text: WordDiff

    public static func compare(_ old: Policy, _ new: Policy, config: HandbookConfig) -> EditionComparison {
        compare(old, paragraphs: TextDiff.paragraphs(of: MarkdownDocument(markdown: old.body).outline),
                new, paragraphs: TextDiff.paragraphs(of: MarkdownDocument(markdown: new.body).outline), config: config)
    }

    /// Two editions whose readable text (`TextDiff.paragraphs(of:)`) is already worked out, as
    /// when one edition is compared with several others.
    package static func compare(_ old: Policy, paragraphs oldParagraphs: [String], _ new: Policy,
                                paragraphs newParagraphs: [String], config: HandbookConfig) -> EditionComparison {
        EditionComparison(from: old.edition.version, to: new.edition.version, changes: new.edition.changes,
                          material: new.edition.material, signing: nil,
                          rules: RuleDiff.compare(old: old.rules, new: new.rules, config: config),
                          text: TextDiff.compare(old: oldParagraphs, new: newParagraphs))
    }

    /// The comparison as plain text for a terminal: `[-removed-]` and `{+added+}` like `git diff --word-diff`.
    public var terminalText: String { terminalText(toLabel: nil) }

    /// The comparison for the terminal; `toLabel` names the newer edition in the first line in
    /// place of its version, such as "the current text (1.2, not released)".
    public func terminalText(toLabel: String?) -> String {
        var lines = ["Changes from edition \(from) to \(toLabel ?? to)"]
        if let changes { lines.append("Summary: \(changes)") }
        lines.append(material ? signing?.materialLine(to) ?? "Material: yes."
                              : "Material: no (corrections only): a signature for an earlier edition still covers \(to).")
        lines.append("")
        if rules.isEmpty {
            lines.append("Rules: no rule changed.")
        } else {
            lines.append("Rules:")
            for change in rules {
                lines.append("  \(change.kind.rawValue): \(change.id)")
                for field in change.fields {
                    switch change.kind {
                    case .added: lines.append("    \(field.name.label): \(field.new ?? "")")
                    case .removed: lines.append("    \(field.name.label): \(field.old ?? "")")
                    case .changed:
                        lines.append("    \(field.name.label):")
                        lines.append("      was: \(field.old ?? "(none)")")
                        lines.append("      now: \(field.new ?? "(none)")")
                    }
                }
            }
        }
        lines.append("")
        let changed = text.changedParagraphs
        lines.append("Text: \(text.insertedWords.count) words added, \(text.deletedWords.count) removed.")
        for paragraph in changed {
            lines.append("")
            lines.append(paragraph.segments.map { segment -> String in
                switch segment {
                case let .same(words): words.joined(separator: " ")
                case let .inserted(words): "{+" + words.joined(separator: " ") + "+}"
                case let .deleted(words): "[-" + words.joined(separator: " ") + "-]"
                }
            }.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }
}

/// Whom an edition asks to sign again, named for people ("staff and governors", "pupils in Years 3 and 4").
public struct SignAgain: Sendable, Hashable {
    public var asked: [String]
    public var notAsked: [String]

    public init(asked: [String], notAsked: [String]) {
        self.asked = asked
        self.notAsked = notAsked
    }

    /// The edition `version` of `plan`, its readers named from `config`.
    public init(_ plan: SigningPlan, version: String, config: HandbookConfig) {
        self.init(asked: SigningPlan.names(plan.asked(version), config: config),
                  notAsked: SigningPlan.names(plan.notAsked(version), config: config))
    }

    func materialLine(_ version: String) -> String {
        switch (SigningPlan.list(asked), SigningPlan.list(notAsked)) {
        case let (asked?, notAsked?): "Material: yes: \(asked) sign again for \(version); \(notAsked) need not, as what they sign did not change."
        case let (asked?, nil): "Material: yes: \(asked) sign again for \(version)."
        case let (nil, notAsked?): "Material: yes, but nobody signs again for \(version): what \(notAsked) sign did not change."
        case (nil, nil): "Material: yes, but no rule of \(version) asks anyone to sign."
        }
    }
}
