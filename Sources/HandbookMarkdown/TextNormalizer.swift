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
        // Most texts (a summary on one line) are printable ASCII with single spaces between
        // words, which neither step changes.
        if text.withUTF8(isCollapsedASCII) { return text }
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

    /// Printable ASCII, with single spaces only between other characters.
    private static func isCollapsedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        for byte in bytes {
            guard byte >= 0x20, byte < 0x7F, byte != 0x20 || previous != 0x20 else { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// ASCII is decided without a Unicode property lookup, which dominates the cost otherwise.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// The words of normalized text (single spaces between them), as splitting its characters
    /// at each " " gives them. Split on the bytes: a space is a character of its own unless a
    /// mark joins it, which only a space beside a non-ASCII letter need be asked about.
    public static func words(_ normalized: String) -> [Substring] {
        let spaces = normalized.utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
            var spaces: [Int] = []
            for (offset, byte) in bytes.enumerated() where byte == 0x20 {
                let before = offset > 0 ? bytes[offset - 1] : 0, after = offset + 1 < bytes.count ? bytes[offset + 1] : 0
                if before >= 0x80 || after >= 0x80, !standsAlone(spaceAt: offset, in: bytes) { return nil }
                spaces.append(offset)
            }
            return spaces
        }
        guard let spaces = spaces ?? nil else { return normalized.split(separator: " ") }
        var words: [Substring] = []
        words.reserveCapacity(spaces.count + 1)
        let utf8 = normalized.utf8
        var start = 0
        for end in spaces + [utf8.count] {
            if end > start {
                words.append(normalized[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            }
            start = end + 1
        }
        return words
    }

    /// Whether the space at `offset` is a character of its own, neither joined by a mark after it
    /// nor by a prepended letter before it: asked of the scalars on either side alone, which is
    /// all the rules for joining a space look at.
    private static func standsAlone(spaceAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = offset, end = offset + 1
        if start > 0 {
            start -= 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        }
        if end < bytes.count {
            end += 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        }
        let around = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return around.count == (start < offset ? 1 : 0) + 1 + (end > offset + 1 ? 1 : 0)
    }
}
