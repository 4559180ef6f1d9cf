import HandbookMarkdown
import HandbookModel

/// What one reader signs in one edition: the rules they acknowledge, each in the words that
/// reader reads, and, for a reader whose sheet declares the whole policy, the policy's text.
/// Two editions ask the reader for the same signature exactly when their parts are equal.
public struct ReaderPart: Sendable, Hashable {
    /// One rule as the reader signs for it.
    public struct Terms: Sendable, Hashable {
        public var kind: RuleKind
        /// The reader's own summary, the words on their sheet.
        public var summary: String?
        /// The rule's policy wording, for a reader who signs the whole policy.
        public var quote: String?
    }

    /// By rule id; the order of the rules does not change what is signed.
    public var rules: [String: Terms]
    /// The policy's text as written, for a reader who signs the whole policy.
    public var text: String?

    /// Nil when no rule of the edition asks the reader to sign.
    public init?(_ policy: Policy, reader: ReaderKey, signsWholePolicy: Bool) {
        self.init(policy, reader: reader, wholeText: signsWholePolicy ? Self.text(of: policy) : nil)
    }

    /// `wholeText`: `text(of:)` the policy, for a reader who signs the whole policy, worked out
    /// once for every such reader.
    init?(_ policy: Policy, reader: ReaderKey, wholeText: String?) {
        let signsWholePolicy = wholeText != nil
        var rules: [String: Terms] = [:]
        for rule in policy.rules where rule.isAcknowledged(by: reader.audience, band: reader.band) {
            rules[rule.id.value] = Terms(
                kind: rule.kind,
                summary: rule.summary(for: reader.audience, band: reader.band).map { TextNormalizer.normalize($0.text) },
                quote: signsWholePolicy ? TextNormalizer.normalize(rule.quote.value) : nil)
        }
        guard !rules.isEmpty else { return nil }
        self.rules = rules
        text = wholeText
    }

    /// The policy's text as a signature covers it: its words, however the lines are broken.
    static func text(of policy: Policy) -> String { TextNormalizer.normalize(policy.body) }
}

extension Audience {
    /// A reader without bands signs the sign-off sheet, whose declaration covers the whole
    /// policy; a band signs an agreement of its own promises only.
    public var signsWholePolicy: Bool { !hasBands }

    /// Every reader of this audience that can sign: the audience, or each of its bands.
    public var readers: [ReaderKey] { views.map { ReaderKey(audience: id, band: $0?.id) } }
}
