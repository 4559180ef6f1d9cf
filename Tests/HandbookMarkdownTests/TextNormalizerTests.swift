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

    /// Text all in ASCII takes a shorter way, which must give what the scalar-by-scalar way gives.
    @Test func asciiTextCollapsesAsAnyOther() {
        #expect(TextNormalizer.normalize("  Don't\n\tshare\u{0B}\u{0C} it\r\n") == "Don't share it")
        #expect(TextNormalizer.normalize("one line, as written") == "one line, as written")
        #expect(TextNormalizer.normalize(" \n ") == "")
        #expect(TextNormalizer.normalize("a\u{1F}b\u{7F}c") == "a\u{1F}b\u{7F}c")
        let mixed = "tab\there \u{2019}"
        #expect(TextNormalizer.normalize(mixed) == "tab here '")
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
