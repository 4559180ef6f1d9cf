import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport
import Testing

/// Every rule is an anchor on the full policy page and appears, linked to that anchor, on every
/// view it has a summary for. Run on the shipped content and on the fixture school.
struct RuleAnchorTests {
    @Test(arguments: ["shipped", "fixture"])
    func everyRuleIsAnchoredAndShownToItsReaders(_ which: String) async throws {
        let fixture = try Fixture(files: which == "fixture" ? SampleContent.files : [:])
        defer { fixture.remove() }
        let content = which == "fixture" ? fixture.content : Repository.content
        let result = await fixture.build(content: content, drafts: true)
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        var ignored: [Diagnostic] = []
        let loaded = ContentLoader.load(from: content, diagnostics: &ignored)
        let handbook = try #require(loaded)
        #expect(!handbook.policies.isEmpty)
        var checkedViews = 0
        for policy in handbook.policies.map(\.working) {
            let page = try fixture.read("site/" + SitePaths.policy(policy.id))
            #expect(!policy.rules.isEmpty)
            for rule in policy.rules {
                #expect(page.components(separatedBy: "id=\"rule-\(rule.id.value)\"").count == 2,
                        "rule \(rule.id.value) should be anchored exactly once on the policy page")
                for summary in rule.summaries {
                    let view = SitePaths.audienceView(summary.audience, band: summary.band, policy: policy.id)
                    let html = try fixture.read("site/" + view)
                    let link = SitePaths.root(of: view) + SitePaths.policy(policy.id) + "#rule-\(rule.id.value)"
                    #expect(html.contains("href=\"\(link)\""), "\(view) should link to rule \(rule.id.value)")
                    // Glossary links may sit inside a summary, so compare the text without tags.
                    let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                    #expect(text.contains(escape(summary.text)), "\(view) should show the summary of \(rule.id.value)")
                    checkedViews += 1
                }
            }
        }
        #expect(checkedViews > 5)
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
