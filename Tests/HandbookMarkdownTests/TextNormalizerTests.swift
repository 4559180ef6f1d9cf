import HandbookMarkdown
import Testing

struct TextNormalizerTests {
    @Test func typographicQuotesAndWhiteSpace() {
        #expect(TextNormalizer.normalize("  \u{201C}Don\u{2019}t\u{201D}\n\tshare  it ") == "\"Don't\" share it")
        #expect(TextNormalizer.normalize("a\u{00A0}b\u{2003}c\u{3000}d") == "a b c d")
        #expect(TextNormalizer.collapseWhitespace(" \u{201C}x\u{201D}  y ") == "\u{201C}x\u{201D} y")
    }

    /// White space is read scalar by scalar, so a space that a mark joins into one character still collapses.
    @Test func aSpaceJoinedByAMarkIsStillWhiteSpace() {
        #expect(TextNormalizer.normalize("a  \u{301}b") == "a \u{301}b")
        #expect(TextNormalizer.normalize("x\r\n\u{2028}y\u{0085}") == "x y")
    }
}

struct TextNormalizerWordsTests {
    @Test func aMarkThatJoinsASpaceKeepsItInTheWord() {
        #expect(TextNormalizer.words("a \u{301}b c") == ["a \u{301}b", "c"])
        #expect(TextNormalizer.words("\u{600} x y") == ["\u{600} x", "y"])
        #expect(TextNormalizer.words("pupils – staff") == ["pupils", "–", "staff"])
        #expect(TextNormalizer.words("") == [])
    }
}
