import HandbookMarkdown
import Testing

/// Texts of up to `longest` pieces, drawn the same way on every run.
private func generatedTexts(from pieces: [String], count: Int, seed: UInt64, longest: UInt64) -> [String] {
    var state = seed
    return (0..<count).map { _ in
        var text = ""
        for _ in 0..<Int(state % longest) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text += pieces[Int((state >> 33) % UInt64(pieces.count))]
        }
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return text
    }
}

/// Normalizing is read byte by byte; it must give what reading scalar by scalar gives.
struct TextNormalizerTests {
    /// The plain definition: each run of white space one space, typographic quotes plain.
    private func reference(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": out.append("\"")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func typographicQuotesAndWhiteSpace() {
        #expect(TextNormalizer.normalize("  \u{201C}Don\u{2019}t\u{201D}\n\tshare  it ") == "\"Don't\" share it")
        #expect(TextNormalizer.normalize("a\u{00A0}b\u{2003}c\u{3000}d") == "a b c d")
        #expect(TextNormalizer.collapseWhitespace(" \u{201C}x\u{201D}  y ") == "\u{201C}x\u{201D} y")
    }

    @Test func itAgreesWithReadingScalarByScalar() {
        let pieces = ["a", "Z", "9", " ", "  ", "\n", "\t", "\r\n", "\u{00A0}", "\u{2003}", "\u{2028}", "\u{0085}",
                      "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2032}", "é", "e\u{301}", "ß", "€", "—",
                      "日本", "😀", "👩‍👩‍👧", "\u{FEFF}", "'", "\""]
        for text in generatedTexts(from: pieces, count: 2_000, seed: 12345, longest: 12) {
            #expect(TextNormalizer.normalize(text) == reference(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }
}

/// Words are split on bytes; they must be what splitting the characters at each space gives,
/// even where a mark joins a space into one character with it.
struct TextNormalizerWordsTests {
    @Test func aMarkThatJoinsASpaceKeepsItInTheWord() {
        #expect(TextNormalizer.words("a \u{301}b c") == ["a \u{301}b", "c"])
        #expect(TextNormalizer.words("\u{600} x y") == ["\u{600} x", "y"])
        #expect(TextNormalizer.words("pupils – staff") == ["pupils", "–", "staff"])
        #expect(TextNormalizer.words("") == [])
    }

    @Test func itAgreesWithSplittingTheCharacters() {
        let pieces = ["a", "Z", "9", " ", "  ", "é", "e\u{301}", "\u{301}", "\u{200D}", "\u{903}", "\u{600}", "\u{1F3FB}",
                      "ß", "€", "—", "日本", "😀", "👩‍👩‍👧", "\u{FEFF}", "'", "\"", "\u{1F1EC}", "\u{1F1E7}", "\u{E0041}"]
        for text in generatedTexts(from: pieces, count: 5_000, seed: 2024, longest: 14) {
            #expect(TextNormalizer.words(text) == text.split(separator: " "), "\(text.unicodeScalars.map { $0.value })")
        }
    }
}
