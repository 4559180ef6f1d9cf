/// Recognises a web or e-mail address in a run of text without spaces, so that it counts as
/// one word and its dots do not end a sentence: "https://example.org/a?b", "www.gov.uk",
/// "harbourlane.sch.uk", "office@harbourlane.sch.uk".
enum WebAddress {
    /// The address in `chunk` without surrounding brackets, quotes or a full stop after it.
    static func find(in chunk: Substring) -> Substring? {
        // Every address has a dot or the colon of its scheme; most words have neither, which
        // their bytes say sooner than their characters.
        guard chunk.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }),
              chunk.contains(where: { $0 == "." || $0 == ":" }) else { return nil }
        guard let first = chunk.firstIndex(where: WordScanner.isWordCharacter),
              let last = chunk.lastIndex(where: { WordScanner.isWordCharacter($0) || $0 == "/" })
        else { return nil }
        let candidate = chunk[first...last]
        let lowered = candidate.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.") {
            return candidate
        }
        let parts = candidate.split(separator: "@", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return isDomain(candidate.prefix { $0 != "/" }) ? candidate : nil
        case 2: return !parts[0].isEmpty && isDomain(parts[1]) ? candidate : nil
        default: return nil
        }
    }

    /// Two or more labels of two or more letters, digits or hyphens, ending in a top-level
    /// domain of 2 to 6 letters; "e.g" and "2.5" are not domains.
    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, (2...6).contains(top.count),
              top.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return labels.allSatisfy { label in
            label.count >= 2 && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
