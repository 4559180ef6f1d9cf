import HandbookChecks
import HandbookMarkdown
import HandbookModel

/// How a policy's rules changed from one edition to the next, matched by id.
public struct RuleChange: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case added, removed, changed
    }

    /// One field of a rule, before and after; nil where the field is absent.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var old: String?
        public var new: String?

        public init(name: String, old: String?, new: String?) {
            self.name = name
            self.old = old
            self.new = new
        }
    }

    public var id: String
    public var kind: Kind
    public var fields: [Field]
}

public enum RuleDiff {
    public static func compare(old: [Rule], new: [Rule], config: HandbookConfig) -> [RuleChange] {
        let oldByID = Dictionary(old.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(\.id.value))
        var changes: [RuleChange] = []
        for rule in new {
            let fields = describe(rule, config: config)
            guard let before = oldByID[rule.id.value] else {
                changes.append(RuleChange(id: rule.id.value, kind: .added,
                                          fields: fields.map { .init(name: $0.name, old: nil, new: $0.value) }))
                continue
            }
            let oldFields = describe(before, config: config)
            var changed: [RuleChange.Field] = []
            for name in (oldFields.map(\.name) + fields.map(\.name)).uniqued() {
                let a = oldFields.first { $0.name == name }?.value
                let b = fields.first { $0.name == name }?.value
                if a != b { changed.append(.init(name: name, old: a, new: b)) }
            }
            if !changed.isEmpty { changes.append(RuleChange(id: rule.id.value, kind: .changed, fields: changed)) }
        }
        for rule in old where !newIDs.contains(rule.id.value) {
            changes.append(RuleChange(id: rule.id.value, kind: .removed,
                                      fields: describe(rule, config: config).map { .init(name: $0.name, old: $0.value, new: nil) }))
        }
        return changes
    }

    /// A rule as named fields in a fixed order, summaries labelled by their readers.
    package static func describe(_ rule: Rule, config: HandbookConfig) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = [
            ("Policy wording", TextNormalizer.normalize(rule.quote.value)),
            ("Kind", rule.kind.label),
            ("Applies to", rule.appliesTo.map(\.value).joined(separator: ", ")),
            ("Signed by", rule.acknowledge.isEmpty ? "nobody" : rule.acknowledge.map(\.value).joined(separator: ", ")),
        ]
        for summary in rule.summaries {
            let audience = config.audience(summary.audience)
            var name = "Summary for " + (audience?.name ?? summary.audience).lowercased()
            if let band = summary.band {
                name += ", " + (audience?.bands.first { $0.id == band }?.name ?? band)
            }
            fields.append((name, summary.text))
        }
        return fields
    }
}
