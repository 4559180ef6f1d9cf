import Crypto
import Foundation
import HandbookModel

/// A short fingerprint of one English text, written beside its translation as `from:`: when a
/// later edition changes the English, the fingerprint no longer matches and the translation is
/// stale. Spaces and line breaks are evened out first, so re-wrapping a line in rules.yml is no change.
public enum EnglishFingerprint {
    /// Eight hex digits: enough to notice a change to one text, short enough to copy by hand.
    public static let length = 8

    public static func of(_ english: String) -> String {
        let words = english.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return String(Fingerprint.hex(SHA256.hash(data: Data(words.utf8))).prefix(length))
    }
}
