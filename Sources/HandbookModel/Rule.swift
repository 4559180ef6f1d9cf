/// One requirement of a policy, tied to the words in the policy text that state it.
public struct Rule: Sendable, Hashable {
    public var id: Located<String>
    public var quote: Located<String>
    public var appliesTo: [Located<String>]
    public var kind: RuleKind
    public var acknowledge: [Located<String>]
    public var summaries: [Summary]
    /// Where the rule's entry starts in rules.yml.
    public var location: SourceLocation
    /// Where `summary:` is, or the rule's start when it has none.
    public var summaryLocation: SourceLocation

    public init(id: Located<String>, quote: Located<String>, appliesTo: [Located<String>], kind: RuleKind,
                acknowledge: [Located<String>], summaries: [Summary], location: SourceLocation,
                summaryLocation: SourceLocation) {
        self.id = id
        self.quote = quote
        self.appliesTo = appliesTo
        self.kind = kind
        self.acknowledge = acknowledge
        self.summaries = summaries
        self.location = location
        self.summaryLocation = summaryLocation
    }

    /// The anchor of this rule on the full policy page.
    public var anchor: String { "rule-\(id.value)" }

    public func summary(for audience: String, band: String? = nil) -> Summary? {
        summaries.first { $0.audience == audience && $0.band == band }
    }
}

public enum RuleKind: String, Sendable, Hashable, CaseIterable {
    case must
    case mustNot = "must-not"
    case should
    case info

    /// How the kind reads as a label next to a rule.
    public var label: String {
        switch self {
        case .must: "Must"
        case .mustNot: "Must not"
        case .should: "Should"
        case .info: "Information"
        }
    }
}

/// A rule in plain words for one audience, or one band of an audience.
public struct Summary: Sendable, Hashable {
    public var audience: String
    public var band: String?
    public var text: String
    public var location: SourceLocation

    public init(audience: String, band: String? = nil, text: String, location: SourceLocation) {
        self.audience = audience
        self.band = band
        self.text = text
        self.location = location
    }
}
