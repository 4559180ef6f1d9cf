import Foundation
import HandbookChecks
import HandbookMarkdown
import HandbookModel
import HandbookSite
import Testing

struct SiteTextTests {
    @Test func placesTheRootInEveryPolicyLink() {
        let html = ###"<a href="HANDBOOK-ROOT/policies/a/index.html">a</a> HANDBOOK-ROO <a href="HANDBOOK-ROOT/policies/b/index.html#x">b</a>"###
        #expect(PolicyLink.placingRoot("../../", in: html)
            == ###"<a href="../../policies/a/index.html">a</a> HANDBOOK-ROO <a href="../../policies/b/index.html#x">b</a>"###)
        #expect(PolicyLink.placingRoot("../", in: "no links – just text") == "no links – just text")
        #expect(PolicyLink.placingRoot("../", in: "HANDBOOK-ROOT/") == "../")
        #expect(PolicyLink.placingRoot("../", in: "HANDBOOK-ROOT/\u{301}x HANDBOOK-ROOTHANDBOOK-ROOT/") == "../\u{301}x HANDBOOK-ROOT../")
    }

    @Test func escapesTheFiveHTMLCharacters() {
        #expect(HTML.escape(###"Tom & Jo's <b>"best"</b> – café"###) == "Tom &amp; Jo&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt; – café")
        #expect(HTML.escape("plain words") == "plain words")
        #expect(HTML.escape("a \"\u{301}b\" & '\u{301}") == "a &quot;\u{301}b&quot; &amp; &#39;\u{301}")
    }

    @Test func normalizesWithoutChangingNonASCIIText() {
        #expect(TextNormalizer.normalize("  The school\u{2019}s\u{00A0}\u{00A0}“rules”\n\tapply – café ") == "The school's \"rules\" apply – café")
    }
}
