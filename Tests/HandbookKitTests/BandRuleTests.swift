import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// A rule can be for one band of pupils only, written `children/key-stage-2`.
struct BandRuleTests {
    /// The sample content with a walking-home rule for Key Stage 2 only.
    @Test func aRuleForOneBandIsShownAndSignedByThatBandOnly() async throws {
        let fixture = try Fixture.withBandRule(summaries: """
                families: Children in Key Stage 2 who walk home may collect their phone at the office.
                children:
                  key-stage-2: If I walk home, I will collect my phone at the office.
            """)
        defer { fixture.remove() }
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output, drafts: true))
        let page = { (path: String) in String(decoding: built.files[path] ?? [], as: UTF8.self) }
        #expect(page("children/key-stage-2/mobile-phones/index.html").contains("If I walk home, I will collect my phone"))
        #expect(!page("children/key-stage-1/mobile-phones/index.html").contains("walk home"))
        #expect(page("forms/mobile-phones/children-agreement-key-stage-2/index.html").contains("If I walk home"))
        #expect(!page("forms/mobile-phones/children-agreement-key-stage-1/index.html").contains("walk home"))
        #expect(page("families/mobile-phones/index.html").contains("applies to children in Key Stage 2"))
    }
}
