import Foundation

/// How abbreviations are said aloud, from `Resources/spoken-abbreviations.txt`: `PE: P E` is
/// said letter by letter, `SEND: send` as a word. Looked up with the capitals as written, so
/// "SEND" is the abbreviation and "send" the verb.
struct SpokenAbbreviations: Sendable {
    /// Each abbreviation's spoken form, split into words.
    private let spoken: [String: [String]]

    /// Read on first use. Without the resource every abbreviation falls back to the usual rules.
    static let shared: SpokenAbbreviations = {
        let url = Bundle.module.url(forResource: "spoken-abbreviations", withExtension: "txt")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        return SpokenAbbreviations(text: text)
    }()

    init(text: String) {
        var spoken: [String: [String]] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let words = line[line.index(after: colon)...].split(separator: " ").map(String.init)
            let abbreviation = line[..<colon].trimmingCharacters(in: .whitespaces)
            if !abbreviation.isEmpty, !words.isEmpty { spoken[abbreviation] = words }
        }
        self.spoken = spoken
    }

    /// The spoken form of `letters` with any possessive already removed, or nil when it is not
    /// a listed abbreviation. A plural -s after the capitals ("EHCPs") is allowed.
    func spokenForm(of letters: Substring) -> [String]? {
        // Only words with a capital after the first letter can be listed; most words are not,
        // and this is checked on every word, so on the bytes.
        guard letters.utf8.dropFirst().contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            return nil
        }
        if let words = spoken[String(letters)] { return words }
        guard letters.count > 2, letters.last == "s" else { return nil }
        return spoken[String(letters.dropLast())]
    }
}
