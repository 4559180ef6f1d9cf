/// What of a finished site goes into the search index, and how a page is shown to Pagefind.
enum SearchPage {
    /// Whether one path comes before another in code-point order.
    static func precedes(_ first: String, _ second: String) -> Bool {
        first.utf8.lexicographicallyPrecedes(second.utf8)
    }

    /// A rendered page as Pagefind is given it: named by the language of its index, and marked
    /// for search whatever its template (see `withBodyMarked`).
    static func forIndex(_ page: [UInt8]) -> String {
        String(decoding: withBodyMarked(withIndexLanguage(page)), as: UTF8.self)
    }

    /// The page with the language of its `<html lang>` as its index is named. Pagefind makes an
    /// index per language: a family's language (`pl`, `ur`) gets its own, which a search page with
    /// that `lang` searches. English of any region (the handbook's `en-GB`) is indexed as `en`, so
    /// a handbook without translations keeps one index whatever English it names.
    static func withIndexLanguage(_ bytes: [UInt8]) -> [UInt8] {
        guard let value = htmlLanguage(in: bytes) else { return bytes }
        let language = String(decoding: bytes[value], as: UTF8.self)
        let lowered = language.lowercased()
        guard language != "en", lowered == "en" || lowered.hasPrefix("en-") else { return bytes }
        return bytes[..<value.lowerBound] + Array("en".utf8) + bytes[value.upperBound...]
    }

    /// The page with its whole `<body>` marked `data-pagefind-body` when nothing in it is. The
    /// shipped templates mark the part of each searched page worth finding; a school's own
    /// template may leave the mark out, and Pagefind drops an unmarked page from an index in which
    /// any page is marked. The published page is not changed.
    static func withBodyMarked(_ bytes: [UInt8]) -> [UInt8] {
        let marker = Array("data-pagefind-body".utf8)
        guard bytes.firstRange(of: marker) == nil, let body = firstTag(Array("<body".utf8), in: bytes) else { return bytes }
        return bytes[..<body.upperBound] + [UInt8(ascii: " ")] + marker + bytes[body.upperBound...]
    }

    /// Where the value of the first `<html …>` tag's `lang="…"` attribute lies, if it has one.
    private static func htmlLanguage(in bytes: [UInt8]) -> Range<Int>? {
        guard let html = firstTag(Array("<html".utf8), in: bytes) else { return nil }
        let tagEnd = bytes[html.upperBound...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
        return attribute(Array("lang=\"".utf8), in: bytes, from: html.upperBound, to: tagEnd)
    }

    /// Where the first tag named `open` (`<body`, matched without regard to case) starts and
    /// its name ends.
    private static func firstTag(_ open: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        var index = 0
        while index + open.count < bytes.count {
            if startsTag(open, at: index, in: bytes) { return index..<(index + open.count) }
            index += 1
        }
        return nil
    }

    /// Whether `name`, matched without regard to case, starts a tag at `index`: followed by space or `>`.
    private static func startsTag(_ name: [UInt8], at index: Int, in bytes: [UInt8]) -> Bool {
        for (offset, byte) in name.enumerated() where lowered(bytes[index + offset]) != byte { return false }
        let after = bytes[index + name.count]
        return after == UInt8(ascii: ">") || isSpace(after)
    }

    private static func attribute(_ prefix: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Range<Int>? {
        var index = start
        while index + prefix.count <= end {
            if isSpace(bytes[index - 1]),
               prefix.indices.allSatisfy({ lowered(bytes[index + $0]) == prefix[$0] }) {
                let valueStart = index + prefix.count
                let valueEnd = bytes[valueStart..<end].firstIndex(of: UInt8(ascii: "\"")) ?? end
                return valueStart..<valueEnd
            }
            index += 1
        }
        return nil
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
