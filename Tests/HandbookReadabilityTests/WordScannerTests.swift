@testable import HandbookReadability
import Testing

/// Words are found on bytes for ASCII text; that must give exactly the words found character by character.
struct WordScannerTests {
    @Test func theByteScanAgreesWithTheCharacterScan() {
        let pieces = ["a", "b", "Z", "e", "g", "1", "2", "000", "1,000", "3,4", "don't", "e-mail", "e.g.", "2.5", "9:30",
                      "www.gov.uk", "office@school.org.uk", "https://example.org/a?b", " ", "  ", "\t", "\n", ".", ",",
                      ":", "'", "-", "--", "@", "/", "(", ")", "\"", "!", "?", "Year", "6's", "re-use", "a.b.c", "x,y"]
        var state: UInt64 = 7
        for _ in 0..<5_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int((state >> 40) % 14) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            let slice = text[...]
            let fast = WordScanner.asciiWords(in: slice)
            #expect(fast != nil)
            #expect(fast == WordScanner.wordsByCharacter(in: slice), "\(text)")
        }
    }

    @Test func otherTextIsReadAsCharacters() {
        #expect(WordScanner.asciiWords(in: "café au lait"[...]) == nil)
        #expect(WordScanner.asciiWords(in: "one\r\ntwo"[...]) == nil)
        #expect(WordScanner.words(in: "café au lait"[...]) == ["café", "au", "lait"])
    }
}
