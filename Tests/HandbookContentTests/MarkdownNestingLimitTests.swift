import Foundation
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// Lists and quotes in policy.md nested past the limit are refused at their line.
struct MarkdownNestingLimitTests {
    private let message = "the lists and quotes on this line are nested more than 100 levels deep, more than a policy may have"

    @Test(arguments: [
        ("lists and quotes", String(repeating: "- > ", count: 15_000) + "deep"),
        ("numbered lists", String(repeating: "1. ", count: 101) + "deep"),
        ("indented lists", (0..<120).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n")),
    ])
    func deepNestingInAPolicyIsRefusedAtItsLine(_ shape: String, _ markdown: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = "content/policies/trips/policy.md"
        try fixture.write(path, try fixture.read(path) + "\n" + markdown + "\n")
        let firstDeepLine = try fixture.line(of: shape == "indented lists" ? "- level 100" : "deep", in: path)
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first, "\(shape) nested too deep was read")
        #expect(diagnostic.message == message)
        #expect(diagnostic.location == SourceLocation(file: fixture.content + "/policies/trips/policy.md", line: firstDeepLine))
    }

    @Test func nestingAPolicyReallyUsesIsRead() {
        let markdown = "- one\n  - two\n    > three\n    > - four\n\n" + String(repeating: "- > ", count: 50) + "deep\n"
        #expect(MarkdownNestingLimit.refusal(body: markdown, firstLine: 1, path: "policy.md") == nil)
    }
}
