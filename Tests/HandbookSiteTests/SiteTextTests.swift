import Foundation
import HandbookChecks
import HandbookMarkdown
import HandbookModel
import HandbookQR
import HandbookSite
import Testing

struct SiteTextTests {
    @Test func placesTheRootOnlyWhereTheRendererRecordedALinkFromTheRoot() {
        let markdown = "Text about HANDBOOK-ROOT/policies/a/ and [a](a) [b](b#x) [kept](https://x.example/)\n"
        let rooted = MarkdownDocument(markdown: markdown).renderRootedHTML(tags: [:], headingLevelShift: 0) { url in
            url.hasPrefix("https:") ? .keep : .pointFromRoot("policies/" + url.replacingOccurrences(of: "#", with: "/index.html#"))
        }
        #expect(rooted.placed(root: "../../") == ###"<p>Text about HANDBOOK-ROOT/policies/a/ and <a href="../../policies/a">a</a> <a href="../../policies/b/index.html#x">b</a> <a href="https://x.example/">kept</a></p>"### + "\n")
        #expect(rooted.placed(root: "") == rooted.html)
        #expect(RootedHTML(html: "café", rootOffsets: [0, 5]).placed(root: "../") == "../café../")
    }

    @Test func escapesTheFiveHTMLCharacters() {
        #expect(HTML.escape(###"Tom & Jo's <b>"best"</b> – café"###) == "Tom &amp; Jo&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt; – café")
        #expect(HTML.escape("plain words") == "plain words")
        #expect(HTML.escape("a \"\u{301}b\" & '\u{301}") == "a &quot;\u{301}b&quot; &amp; &#39;\u{301}")
    }

    @Test func normalizesWithoutChangingNonASCIIText() {
        #expect(TextNormalizer.normalize("  The school\u{2019}s\u{00A0}\u{00A0}“rules”\n\tapply – café ") == "The school's \"rules\" apply – café")
    }

    /// The QR code's label is the form's address: text in an attribute, escaped there.
    @Test func theQRCodeLabelIsEscapedForItsAttribute() throws {
        let svg = try #require(QRCode("https://handbook.example.org/")).svg(label: #"QR code for "><script>x</script> & 'y'"#)
        #expect(svg.contains(#"aria-label="QR code for &quot;&gt;&lt;script&gt;x&lt;/script&gt; &amp; &#39;y&#39;">"#))
        #expect(!svg.contains("<script>"))
    }

    /// The check of `base-url` relies on this: the QR codes on forms hold any address of up to
    /// `QRCodeLimit.bytes`, and none longer.
    @Test func aQRCodeHoldsExactlyTheLimit() {
        let longest = "https://x.example/" + String(repeating: "a", count: QRCodeLimit.bytes - 18)
        #expect(QRCode(longest) != nil)
        #expect(QRCode(longest + "a") == nil)
    }
}
