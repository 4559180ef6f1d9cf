/// Makes text comparable the way a person reads it: typographic quotes become plain ones
/// and every run of white space becomes a single space.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        collapsingWhitespace(text) { scalar in
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": "\""
            default: scalar
            }
        }
    }

    /// Every run of white space as one space, nothing else changed.
    public static func collapseWhitespace(_ text: String) -> String {
        collapsingWhitespace(text) { $0 }
    }

    /// Built as UTF-8 bytes: appending scalars to a string one by one costs several times more.
    private static func collapsingWhitespace(_ text: String, mapping: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            let mapped = scalar.value < 0x80 ? scalar : mapping(scalar)
            if mapped.value < 0x80 {
                out.append(UInt8(truncatingIfNeeded: mapped.value))
            } else {
                UTF8.encode(mapped) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII is decided without a Unicode property lookup, which dominates the cost otherwise.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// The words of normalized text (single spaces between them).
    public static func words(_ normalized: String) -> [Substring] {
        normalized.split(separator: " ")
    }
}
