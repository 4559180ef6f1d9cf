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

    /// Built as UTF-8 bytes, read as bytes: ASCII is copied without decoding.
    private static func collapsingWhitespace(_ text: String, mapping: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // A run of printable ASCII, most of any text, is copied as it is.
                if byte > 0x20, byte < 0x80 {
                    var end = index + 1
                    while end < bytes.count, bytes[end] > 0x20, bytes[end] < 0x80 { end += 1 }
                    if pendingSpace {
                        out.append(0x20)
                        pendingSpace = false
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    continue
                }
                let scalar: Unicode.Scalar
                if byte < 0x80 {
                    scalar = Unicode.Scalar(byte)
                    index += 1
                } else {
                    // Swift strings are valid UTF-8: the lead byte gives the length.
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    index += length
                    scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                }
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
