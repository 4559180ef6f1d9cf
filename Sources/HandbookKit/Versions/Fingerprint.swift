import Crypto
import Foundation

/// The SHA-256 of an edition's two files: policy.md, a zero byte, then rules.yml, exactly as stored.
/// It is printed on every page and every signed sheet, so a reader can tell which text they saw.
public struct Fingerprint: Sendable, Hashable, CustomStringConvertible {
    public let hex: String

    public init(hex: String) {
        self.hex = hex
    }

    public init(policy: Data, rules: Data) {
        var hasher = SHA256()
        hasher.update(data: policy)
        hasher.update(data: Data([0]))
        hasher.update(data: rules)
        hex = Self.hex(hasher.finalize())
    }

    /// The SHA-256 of one file, in hex, as recorded per file in edition.yml.
    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The first 12 hex digits: enough to tell editions apart, short enough to read aloud.
    public var short: String { String(hex.prefix(12)) }

    public var description: String { hex }
}

/// The SHA-256 of policy.md and of rules.yml separately.
public struct FileHashes: Sendable, Hashable {
    public var policy: String
    public var rules: String

    public init(policy: Data, rules: Data) {
        self.policy = Fingerprint.sha256(policy)
        self.rules = Fingerprint.sha256(rules)
    }
}
