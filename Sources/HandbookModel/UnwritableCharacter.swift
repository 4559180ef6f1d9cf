/// Characters no page, feed or form may hold: control characters other than tab, line feed and
/// carriage return (XML 1.0 cannot carry them, not even escaped, and HTML counts them as errors)
/// and Unicode's noncharacters. Content holding one is refused where it is written, never
/// dropped or changed on the way to a page.
public enum UnwritableCharacter {
    public static func isUnwritable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: scalar.properties.isNoncharacterCodePoint
        }
    }

    /// The first unwritable character in `text`, with its line and column counted from 1 in
    /// Unicode scalars, as YAML marks count them.
    public static func first(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        // Most content is printable ASCII: one pass over the bytes says so without decoding.
        let printable: (UInt8) -> Bool = { (0x20..<0x7F).contains($0) || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(printable) }) ?? text.utf8.allSatisfy(printable) { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if isUnwritable(scalar) { return (scalar, line, column) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// `U+0001`: how a message names a character that cannot be seen.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
