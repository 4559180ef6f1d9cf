/// The SHA-256 of an edition's two files: policy.md, a zero byte, then rules.yml, as stored but
/// for the front-matter lines that only say where the policy sits in the handbook (category,
/// description, related). It is printed on every page and every signed sheet, so a reader can tell
/// which text they saw.
public struct Fingerprint: Sendable, Hashable, CustomStringConvertible {
    public let hex: String

    public init(hex: String) {
        self.hex = hex
    }

    /// The first 12 hex digits: enough to tell editions apart, short enough to read aloud.
    public var short: String { String(hex.prefix(12)) }

    public var description: String { hex }
}

/// The SHA-256 of policy.md and of rules.yml separately.
public struct FileHashes: Sendable, Hashable {
    public var policy: String
    public var rules: String

    public init(policy: String, rules: String) {
        self.policy = policy
        self.rules = rules
    }
}
