import HandbookChecks
import HandbookMarkdown
import HandbookModel

/// How a policy's rules changed from one edition to the next, matched by id.
public struct RuleChange: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case added, removed, changed
    }

    /// Which field of a rule; a summary is named by its reader (and band) from handbook.yml.
    public enum FieldName: Sendable, Hashable {
        case wording, kind, appliesTo, signedBy
        case summary(reader: String, band: String?)

        public var isSummary: Bool { reader != nil }
        public var reader: String? { if case .summary(let reader, _) = self { reader } else { nil } }
        public var band: String? { if case .summary(_, let band) = self { band } else { nil } }

        /// How `handbook diff` names the field in the terminal; the site words it in its template.
        public var label: String {
            switch self {
            case .wording: "Policy wording"
            case .kind: "Kind"
            case .appliesTo: "Applies to"
            case .signedBy: "Signed by"
            case .summary(let reader, let band): "Summary for " + reader.lowercased() + (band.map { ", " + $0 } ?? "")
            }
        }
    }

    /// One field of a rule, before and after; nil where the field is absent.
    public struct Field: Sendable, Hashable {
        public var name: FieldName
        public var old: String?
        public var new: String?

        public init(name: FieldName, old: String?, new: String?) {
            self.name = name
            self.old = old
            self.new = new
        }
    }

    public var id: String
    /// The rule's plain name (`Rule.plainTitle`), from the newer edition when it has the rule.
    public var title: String
    public var kind: Kind
    public var fields: [Field]
}

public enum RuleDiff {
    public static func compare(old: [Rule], new: [Rule], config: HandbookConfig) -> [RuleChange] {
        let oldByID = Dictionary(old.indices.map { (old[$0].id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(\.id.value))
        var changes: [RuleChange] = []
        for rule in new {
            guard let index = oldByID[rule.id.value] else {
                changes.append(RuleChange(id: rule.id.value, title: rule.plainTitle, kind: .added,
                                          fields: describe(rule, config: config).map { .init(name: $0.name, old: nil, new: $0.value) }))
                continue
            }
            let before = old[index]
            // Most rules come through an edition as they were: compared as written first.
            if readsAlike(before, rule) { continue }
            let fields = describe(rule, config: config)
            let oldFields = describe(before, config: config)
            var changed: [RuleChange.Field] = []
            // Each name's first value on either side, looked up rather than searched for.
            let oldValues = Dictionary(oldFields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            let newValues = Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            for name in (oldFields.map(\.name) + fields.map(\.name)).uniqued() {
                let a = oldValues[name], b = newValues[name]
                if a != b { changed.append(.init(name: name, old: a, new: b)) }
            }
            if !changed.isEmpty { changes.append(RuleChange(id: rule.id.value, title: rule.plainTitle, kind: .changed,
                                                          fields: changed)) }
        }
        for rule in old where !newIDs.contains(rule.id.value) {
            changes.append(RuleChange(id: rule.id.value, title: rule.plainTitle, kind: .removed,
                                      fields: describe(rule, config: config).map { .init(name: $0.name, old: $0.value, new: nil) }))
        }
        return changes
    }

    /// Whether two rules hold the same values in every field `describe` reads, so that they are
    /// described alike whatever the configuration.
    private static func readsAlike(_ a: Rule, _ b: Rule) -> Bool {
        a.quote.value == b.quote.value && a.kind == b.kind
            && a.appliesTo.map(\.value) == b.appliesTo.map(\.value)
            && a.acknowledge.map(\.value) == b.acknowledge.map(\.value)
            && a.summaries.count == b.summaries.count
            && zip(a.summaries, b.summaries).allSatisfy { $0.audience == $1.audience && $0.band == $1.band && $0.text == $1.text }
    }

    /// A rule as named fields in a fixed order, summaries labelled by their readers.
    package static func describe(_ rule: Rule, config: HandbookConfig) -> [(name: RuleChange.FieldName, value: String)] {
        var fields: [(name: RuleChange.FieldName, value: String)] = [
            (.wording, TextNormalizer.normalize(rule.quote.value)),
            (.kind, rule.kind.label),
            (.appliesTo, rule.appliesTo.map(\.value).joined(separator: ", ")),
            (.signedBy, rule.acknowledge.isEmpty ? "nobody" : rule.acknowledge.map(\.value).joined(separator: ", ")),
        ]
        for summary in rule.summaries {
            let audience = config.audience(summary.audience)
            let band = summary.band.map { band in audience?.bands.first { $0.id == band }?.name ?? band }
            fields.append((.summary(reader: audience?.name ?? summary.audience, band: band), summary.text))
        }
        return fields
    }
}
