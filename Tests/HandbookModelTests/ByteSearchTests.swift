import HandbookModel
import Testing

struct ByteSearchTests {
    private func contains(_ needle: String, in haystack: String) -> Bool {
        Array(haystack.utf8).withUnsafeBufferPointer { hay in
            Array(needle.utf8).withUnsafeBufferPointer { ByteSearch.contains($0, in: hay) }
        }
    }

    @Test func findsBytesAnywhereAndOnlyWhole() {
        #expect(contains("phone", in: "phones in bags"))
        #expect(contains("bags", in: "phones in bags"))
        #expect(contains("", in: "anything"))
        #expect(contains("", in: ""))
        #expect(!contains("bagsx", in: "phones in bags"))
        #expect(!contains("x", in: ""))
        #expect(contains("aab", in: "aaab"))
        #expect(!contains("longer than the text", in: "short"))
    }

    /// Outside ASCII the same words may be written in different bytes, so bytes cannot rule them out.
    @Test func onlyASCIIIsRuledOutByItsBytes() {
        #expect(!ByteSearch.mayContain("Terms of Use", in: "Keep to the rules below."))
        #expect(ByteSearch.mayContain("Terms of Use", in: "See the Terms of Use below."))
        #expect(ByteSearch.mayContain("Caf\u{E9} Rules", in: "the Cafe\u{301} Rules"))
        #expect(ByteSearch.mayContain("Rules", in: "the caf\u{E9}'s own"))
    }
}
