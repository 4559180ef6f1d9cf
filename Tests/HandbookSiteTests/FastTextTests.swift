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

    @Test func normalizesWithoutChangingNonASCIIText() {
        #expect(TextNormalizer.normalize("  The school\u{2019}s\u{00A0}\u{00A0}“rules”\n\tapply – café ") == "The school's \"rules\" apply – café")
    }
}
