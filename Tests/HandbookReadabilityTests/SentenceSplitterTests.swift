@testable import HandbookReadability
import Testing

/// Sentences of ASCII text are found on bytes; that must give exactly the sentences found character by character.
struct SentenceSplitterTests {
    @Test func theByteSplitAgreesWithTheCharacterSplit() {
        let pieces = ["I", "will", "tell", "Mr", "Mrs", "Dr", "e.g", "i.e", "No", "p", "J", "etc", "a.m", "Ask", "an",
                      "adult", "12", "2.5", "www.gov.uk", ".", "..", "...", "!", "?", "?!", ")", "\"", "'", "]", "}",
                      "(", " ", "  ", "\t", "\n", ",", ";", "-", "5", "The", "x"]
        var state: UInt64 = 99
        for _ in 0..<5_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int((state >> 40) % 16) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
                if (state >> 20) % 3 != 0 { text += " " }
            }
            let block = text[...]
            let fast = SentenceSplitter.asciiSentences(inBlock: block)
            #expect(fast != nil)
            #expect(fast == SentenceSplitter.sentencesByCharacter(inBlock: block), "\(text)")
        }
    }

    @Test func otherTextIsSplitAsCharacters() {
        #expect(SentenceSplitter.asciiSentences(inBlock: "Déjà vu. Again."[...]) == nil)
        #expect(SentenceSplitter.sentences(inBlock: "Déjà vu. Again."[...]) == ["Déjà vu.", "Again."])
        #expect(SentenceSplitter.sentences(inBlock: "Ask Mr. Patel. He will help!"[...]) == ["Ask Mr. Patel.", "He will help!"])
    }
}
