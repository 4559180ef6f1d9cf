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

    /// Read scalar by scalar: a space followed by a combining mark is one character, yet still white
    /// space. Written out as UTF-8, which costs far less than appending to a string a scalar at a time.
    private static func collapsingWhitespace(_ text: String, mapping: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        if let collapsed = text.utf8.withContiguousStorageIfAvailable(collapsingASCIIWhitespace), let collapsed {
            return collapsed
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            UTF8.encode(mapping(scalar)) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same for text all in ASCII, byte by byte (nil for any other): the mapping only touches
    /// characters outside ASCII, and much policy text has none.
    private static func collapsingASCIIWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let out = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
            var pendingSpace = false
            for byte in bytes {
                if byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    out[count] = UInt8(ascii: " ")
                    count += 1
                    pendingSpace = false
                }
                out[count] = byte
                count += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII is decided without the Unicode property tables, which cost more than the rest of normalizing.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : scalar.properties.isWhitespace
    }

    /// The words of normalized text: what lies between its single spaces.
    public static func words(_ normalized: String) -> [Substring] {
        normalized.split(separator: " " as Character)
    }
}
