/// The bytes of an HTML page being written, with cmark 0.30's escaping rules.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []
    /// Where a page's way back to the site root goes, in front of a link given from the root.
    private(set) var rootOffsets: [Int] = []

    mutating func markRoot() {
        rootOffsets.append(bytes.count)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// cmark's `cr`: start a new line unless at the start or already on one.
    mutating func newLineIfNeeded() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    /// cmark's `escape_html` (houdini in non-secure mode): only `&`, `<`, `>` and `"`.
    mutating func appendEscaped<Bytes: Sequence<UInt8>>(_ text: Bytes) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            default: bytes.append(byte)
            }
        }
    }

    /// cmark's `houdini_escape_href`: URL-safe bytes as they are, `&` and `'` as entities,
    /// everything else as `%XX`.
    mutating func appendEscapedHref(_ url: [UInt8]) {
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url {
            if Self.isHrefSafe(byte) {
                bytes.append(byte)
            } else if byte == UInt8(ascii: "&") {
                append("&amp;")
            } else if byte == UInt8(ascii: "'") {
                append("&#x27;")
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            }
        }
    }

    /// Letters, digits and `-_.+!*(),%#@?=;:/$~`, as in houdini's HREF_SAFE table.
    private static func isHrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }
}
