import Foundation
import HandbookChecks
import HandbookMarkdown
import HandbookModel
import HandbookSite
import Testing

struct FastTextTests {
    @Test func placesTheRootInEveryPolicyLink() {
        let html = ###"<a href="HANDBOOK-ROOT/policies/a/index.html">a</a> HANDBOOK-ROO <a href="HANDBOOK-ROOT/policies/b/index.html#x">b</a>"###
        #expect(PolicyLink.placingRoot("../../", in: html)
            == ###"<a href="../../policies/a/index.html">a</a> HANDBOOK-ROO <a href="../../policies/b/index.html#x">b</a>"###)
        #expect(PolicyLink.placingRoot("../", in: "no links – just text") == "no links – just text")
        #expect(PolicyLink.placingRoot("../", in: "HANDBOOK-ROOT/") == "../")
    }

    @Test func escapesTheFiveHTMLCharacters() {
        #expect(HTML.escape(###"Tom & Jo's <b>"best"</b> – café"###) == "Tom &amp; Jo&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt; – café")
        #expect(HTML.escape("plain words") == "plain words")
    }

    @Test func findsBytesAnywhereInABlock() {
        let hay = Array("aab aab abc".utf8)
        #expect(QuoteLocator.contains(hay, Array("abc".utf8)))
        #expect(QuoteLocator.contains(hay, Array("aab a".utf8)))
        #expect(!QuoteLocator.contains(hay, Array("abd".utf8)))
        #expect(!QuoteLocator.contains(Array("ab".utf8), Array("abc".utf8)))
        #expect(QuoteLocator.contains(hay, []))
    }

    /// Held to a plain scan on generated text over a small alphabet, where near misses are common.
    @Test func findsWhatAPlainScanFinds() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab c".utf8)
        func text(_ count: Int) -> [UInt8] { (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? 97 } }
        func plainScan(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
            needle.isEmpty || (needle.count <= hay.count && (0...(hay.count - needle.count)).contains { start in
                hay[start..<(start + needle.count)].elementsEqual(needle)
            })
        }
        var found = 0
        for _ in 0..<20_000 {
            let hay = text(Int.random(in: 0...40, using: &generator))
            let needle = text(Int.random(in: 1...6, using: &generator))
            let expected = plainScan(hay, needle)
            #expect(ByteSearch(needle).occurs(in: hay) == expected, "\(hay) \(needle)")
            if expected { found += 1 }
        }
        #expect(found > 2_000)
    }

    /// The filter never turns away a block that holds the quote, and does turn most others away.
    @Test func theTrigramFilterOnlyRefusesBlocksWithoutTheQuote() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghij ".utf8)
        func text(_ count: Int) -> [UInt8] { (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? 97 } }
        var refused = 0, held = 0
        for _ in 0..<20_000 {
            let hay = text(Int.random(in: 0...120, using: &generator))
            var needle = text(Int.random(in: 1...12, using: &generator))
            // Half the needles are taken from the block itself.
            if Bool.random(using: &generator), hay.count > 12 {
                let start = Int.random(in: 0...(hay.count - 12), using: &generator)
                needle = Array(hay[start..<(start + Int.random(in: 1...12, using: &generator))])
            }
            let passes = TrigramFilter(hay).mayHold(TrigramFilter.bits(of: needle))
            if ByteSearch(needle).occurs(in: hay) {
                held += 1
                #expect(passes, "\(hay) \(needle)")
            } else if !passes {
                refused += 1
            }
        }
        #expect(held > 5_000)
        #expect(refused > 5_000)
    }

    @Test func normalizesWithoutChangingNonASCIIText() {
        #expect(TextNormalizer.normalize("  The school\u{2019}s\u{00A0}\u{00A0}“rules”\n\tapply – café ") == "The school's \"rules\" apply – café")
    }
}
