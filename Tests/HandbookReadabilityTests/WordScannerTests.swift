@testable import HandbookReadability
import Testing

struct WordScannerTests {
    @Test func joinedFormsAreOneWord() {
        #expect(WordScanner.words(in: "I don't e-mail at 9:30, 2.5 or 1,000 times e.g. never."[...])
            == ["I", "don't", "e-mail", "at", "9:30", "2.5", "or", "1,000", "times", "e.g", "never"])
        #expect(WordScanner.words(in: "3,4 (x) -- !"[...]) == ["3", "4", "x"])
    }

    @Test func addressesAreOneWord() {
        #expect(WordScanner.words(in: "See www.gov.uk, or write to office@school.org.uk."[...])
            == ["See", "www.gov.uk", "or", "write", "to", "office@school.org.uk"])
        #expect(WordScanner.words(in: "(https://example.org/a?b)"[...]) == ["https://example.org/a?b"])
    }

    @Test func anyTextIsReadAsCharacters() {
        #expect(WordScanner.words(in: "café au lait"[...]) == ["café", "au", "lait"])
        #expect(WordScanner.words(in: "one\r\ntwo\u{00A0}three"[...]) == ["one", "two", "three"])
    }
}
