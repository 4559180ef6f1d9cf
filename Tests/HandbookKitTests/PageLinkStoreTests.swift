import Foundation
@testable import HandbookKit
import HandbookSite
import Testing

/// Every page's ids and links are read back as they were written, and a damaged record reads as
/// none, so the next build checks and renders afresh.
struct PageLinkStoreTests {
    private let pages = [
        SiteLinkChecker.PageLinks(path: "index.html", html: Data(#"<main id="main"><a href="policies/">all</a></main>"#.utf8)),
        SiteLinkChecker.PageLinks(path: "policies/é/index.html",
                                  html: Data(##"<h2 id="rule-1">R</h2><a href="../../index.html">home</a><a href="#rule-1">x</a>"##.utf8)),
        SiteLinkChecker.PageLinks(path: "empty/index.html", html: Data("<p>nothing</p>".utf8)),
    ]

    @Test func isReadBackAsWritten() {
        let read = PageLinkStore.decode(PageLinkStore.encode(pages))
        #expect(read.keys.sorted() == pages.map(\.path).sorted())
        for page in pages {
            #expect(read[page.path]?.ids == page.ids)
            #expect(read[page.path]?.hrefs == page.hrefs)
        }
        #expect(PageLinkStore.decode([]).isEmpty)
    }

    @Test func aDamagedRecordReadsAsNone() {
        let bytes = PageLinkStore.encode(pages)
        #expect(PageLinkStore.decode(Array(bytes.dropLast())).isEmpty)
        #expect(PageLinkStore.decode(Array(bytes.dropLast(3))).isEmpty)
        #expect(PageLinkStore.decode(bytes + [0x85]).isEmpty)
        // A page whose links are not whole strings.
        var broken = PackedStrings()
        broken.append("index.html".utf8)
        broken.append([UInt8]())
        broken.append([0x8F, 0x01])
        #expect(PageLinkStore.decode(broken.bytes).isEmpty)
    }
}
