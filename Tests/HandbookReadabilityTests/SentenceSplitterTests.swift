@testable import HandbookReadability
import Testing

struct SentenceSplitterTests {
    @Test func sentencesEndAtTerminatorsBeforeACapital() {
        #expect(SentenceSplitter.sentences(inBlock: "Déjà vu. Again."[...]) == ["Déjà vu.", "Again."])
        #expect(SentenceSplitter.sentences(inBlock: "Ask Mr. Patel. He will help!"[...]) == ["Ask Mr. Patel.", "He will help!"])
        #expect(SentenceSplitter.sentences(inBlock: "Bring a coat, hat etc. and boots. \"Go!\" Then stop?! …"[...])
            == ["Bring a coat, hat etc. and boots.", "\"Go!\"", "Then stop?!"])
        #expect(SentenceSplitter.sentences(inBlock: "It costs 2.5 pounds. See www.gov.uk for more."[...])
            == ["It costs 2.5 pounds.", "See www.gov.uk for more."])
    }
}
