/// One requirement of a policy, tied to the words in the policy text that state it.
public struct Rule: Sendable, Hashable {
    public var id: Located<String>
    public var quote: Located<String>
    public var appliesTo: [Located<String>]
    public var kind: RuleKind
    public var acknowledge: [Located<String>]
    public var summaries: [Summary]
    /// `why:`: for some readers, why the rule is there, in their words.
    public var reasons: [Summary]
    /// `readability-exception:`: readers whose texts of this rule may be above their `max-grade`, and why.
    public var readabilityExceptions: [ReadabilityException]
    /// `title:`: a short plain name for the rule; `plainTitle` derives one from the id without it.
    public var title: Located<String>?
    /// Where the rule's entry starts in rules.yml.
    public var location: SourceLocation
    /// Where `summary:` is, or the rule's start when it has none.
    public var summaryLocation: SourceLocation

    public init(id: Located<String>, quote: Located<String>, appliesTo: [Located<String>], kind: RuleKind,
                acknowledge: [Located<String>], summaries: [Summary], location: SourceLocation,
                summaryLocation: SourceLocation, reasons: [Summary] = [], title: Located<String>? = nil,
                readabilityExceptions: [ReadabilityException] = []) {
        self.id = id
        self.quote = quote
        self.appliesTo = appliesTo
        self.kind = kind
        self.acknowledge = acknowledge
        self.summaries = summaries
        self.location = location
        self.summaryLocation = summaryLocation
        self.reasons = reasons
        self.title = title
        self.readabilityExceptions = readabilityExceptions
    }

    /// Whom `applies-to` and `acknowledge` name: an audience, or one band of it written
    /// `pupils/years-5-6`.
    public static func reader(_ entry: String) -> ReaderKey {
        // Found as a byte: this runs for every rule and reader on every page.
        guard let slash = entry.utf8.firstIndex(of: UInt8(ascii: "/")) else { return ReaderKey(audience: entry, band: nil) }
        return ReaderKey(audience: String(entry[..<slash]), band: String(entry[entry.utf8.index(after: slash)...]))
    }

    /// Whether a list of readers from `applies-to` or `acknowledge` takes in this reader: the
    /// whole audience, or the reader's own band of it.
    public static func names(_ entries: [Located<String>], _ audience: String, band: String?) -> Bool {
        entries.contains { entry in
            let named = reader(entry.value)
            return named.audience == audience && (named.band == nil || named.band == band)
        }
    }

    /// The rule binds this reader.
    public func binds(_ audience: String, band: String? = nil) -> Bool { Self.names(appliesTo, audience, band: band) }

    /// This reader signs for the rule.
    public func isAcknowledged(by audience: String, band: String? = nil) -> Bool {
        Self.names(acknowledge, audience, band: band)
    }

    /// The anchor of this rule on the full policy page.
    public var anchor: String { "rule-\(id.value)" }

    public func summary(for audience: String, band: String? = nil) -> Summary? {
        summaries.first { $0.audience == audience && $0.band == band }
    }

    public func reason(for audience: String, band: String? = nil) -> Summary? {
        reasons.first { $0.audience == audience && $0.band == band }
    }

    public func readabilityException(for audience: String, band: String? = nil) -> ReadabilityException? {
        readabilityExceptions.first { $0.audience == audience && $0.band == band }
    }

    /// The rule's name for readers: its `title:`, or its id in words (`no-phones-in-class` reads
    /// "No phones in class").
    public var plainTitle: String {
        if let title { return title.value }
        let words = id.value.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// A rule the reader keeps, as opposed to one told for information: pupils promise these.
    public func isPromise(of audience: String, band: String? = nil) -> Bool {
        kind != .info && binds(audience, band: band)
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
