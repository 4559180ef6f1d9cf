import Crypto
import Foundation
import HandbookMarkdown
import HandbookModel

extension Fingerprint {
    /// An edition's fingerprint: policy.md without its placement lines (see `PlacementLines`),
    /// a zero byte, then rules.yml. For a policy.md without them, the SHA-256 of the files as stored,
    /// as every edition released before they were left out recorded.
    public init(policy: Data, rules: Data) {
        self.init(wholeFiles: PlacementLines.removed(from: policy), rules: rules)
    }

    /// The SHA-256 of policy.md as stored, a zero byte, then rules.yml: what an edition released
    /// with placement lines before they were left out recorded.
    public init(wholeFiles policy: Data, rules: Data) {
        var hasher = SHA256()
        hasher.update(data: policy)
        hasher.update(data: Data([0]))
        hasher.update(data: rules)
        self.init(hex: Self.hex(hasher.finalize()))
    }

    /// The SHA-256 of one file, in hex, as recorded per file in edition.yml.
    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    package static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension FileHashes {
    public init(policy: Data, rules: Data) {
        self.init(policy: Fingerprint.sha256(policy), rules: Fingerprint.sha256(rules))
    }
}
