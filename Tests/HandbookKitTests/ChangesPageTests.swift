import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The changes page names rules plainly, marks the changed words inside each wording, sums up
/// every edition in a table, and lets any older edition be compared with the newest.
struct ChangesPageTests {
    @Test func rulesAreNamedPlainlyAndChangedWordsAreMarkedInsideTheirWording() async throws {
        let built = await HandbookBuild.buildInMemory(.init(content: Repository.content, templates: Repository.templates,
                                                            output: "/nonexistent/site"))
        let page = { (path: String) in String(decoding: built.files[path] ?? [], as: UTF8.self) }
        let changes = page("policies/social-media/changes/index.html")
        #expect(changes.contains("<h4>Changed rule: No social media under 13</h4>"))
        #expect(!changes.contains("<code>no-social-media-under-13</code>"))
        #expect(changes.contains("<del><span class=\"diff-label\">removed: </span>sites, such as Facebook,</del>"))
        #expect(changes.contains("<ins><span class=\"diff-label\">added: </span>Facebook is one of them.</ins>"))
        #expect(changes.contains("<tr><th scope=\"row\"><span class=\"cell-label\">Edition </span><a href=\"#edition-1.1\">1.1</a></th><td><span class=\"cell-label\">Released: </span>14 July 2026</td><td><span class=\"cell-label\">Who signs it: </span>Staff and governors, and pupils</td><td><span class=\"cell-label\">Rules: </span>0 added, 1 changed, 0 removed</td></tr>"))
        #expect(changes.contains("<a href=\"../../../policies/social-media/changes/1.0/index.html\">Edition 1.0 and edition 1.2</a>"))

        let since = page("policies/social-media/changes/1.0/index.html")
        #expect(since.contains("between edition 1.0 and the current edition, 1.2"))
        #expect(since.contains("Changed rule: Hand in phones"))
        #expect(since.contains("Changed rule: No social media under 13"))
    }
}
