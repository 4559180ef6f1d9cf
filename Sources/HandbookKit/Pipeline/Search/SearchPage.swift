import HandbookModel

/// What of a finished site goes into the search index, and how a page is shown to Pagefind.
enum SearchPage {
    private static let marker = Array("data-pagefind-body".utf8)

    /// Whether a page is marked `data-pagefind-body`. Pagefind leaves out unmarked pages once any
    /// page is marked, so only marked pages need go to it.
    static func isMarked(_ page: [UInt8]) -> Bool {
        marker.withUnsafeBufferPointer { needle in
            page.withUnsafeBufferPointer { ByteSearch.contains(needle, in: $0) }
        }
    }

    /// Paths in code-point order.
    static func inOrder(_ paths: [String]) -> [String] {
        paths.sorted(by: precedes)
    }

    /// Whether one path comes before another in code-point order.
    static func precedes(_ first: String, _ second: String) -> Bool {
        first.utf8.lexicographicallyPrecedes(second.utf8)
    }

    /// The page with the language of its `<html lang>` as its index is named. Pagefind makes an
    /// index per language: a family's language (`pl`, `ur`) gets its own, which a search page with
    /// that `lang` searches. English of any region (the handbook's `en-GB`) is indexed as `en`, so
    /// a handbook without translations keeps one index whatever English it names.
    static func withIndexLanguage(_ page: String) -> String {
        withIndexLanguage(Array(page.utf8))
    }

    /// The same for a page as it was rendered.
    static func withIndexLanguage(_ bytes: [UInt8]) -> String {
        guard let value = htmlLanguage(in: bytes) else { return String(decoding: bytes, as: UTF8.self) }
        let language = String(decoding: bytes[value], as: UTF8.self)
        let lowered = language.lowercased()
        guard language != "en", lowered == "en" || lowered.hasPrefix("en-") else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes[..<value.lowerBound] + Array("en".utf8) + bytes[value.upperBound...], as: UTF8.self)
    }

    /// Where the value of the first `<html …>` tag's `lang="…"` attribute lies, if it has one.
    private static func htmlLanguage(in bytes: [UInt8]) -> Range<Int>? {
        let open = Array("<html".utf8)
        var index = 0
        while index + open.count < bytes.count {
            if startsTag(open, at: index, in: bytes) {
                let tagEnd = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
                return attribute(Array("lang=\"".utf8), in: bytes, from: index + open.count, to: tagEnd)
            }
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
