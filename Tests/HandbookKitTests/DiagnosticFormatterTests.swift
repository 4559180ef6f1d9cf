import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
@testable import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import Testing

struct DiagnosticFormatterTests {
    let diagnostic = Diagnostic.error(at: SourceLocation(file: "content/x/rules.yml", line: 14, column: 5),
                                      "unknown key `applies_to` in rule `a`", hint: "did you mean `applies-to`?\nsecond line")

    @Test func textLooksLikeACompilerMessage() {
        #expect(DiagnosticFormatter.text(diagnostic) == """
            content/x/rules.yml:14:5: error: unknown key `applies_to` in rule `a`
                hint: did you mean `applies-to`?
                      second line
            """)
    }

    @Test func jsonCarriesTheSameFields() throws {
        let json = DiagnosticFormatter.json([diagnostic])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]]
        let entry = try #require(object?["diagnostics"]?.first)
        #expect(entry["file"] as? String == "content/x/rules.yml")
        #expect(entry["line"] as? Int == 14)
        #expect(entry["column"] as? Int == 5)
        #expect(entry["severity"] as? String == "error")
        #expect(entry["hint"] as? String == "did you mean `applies-to`?\nsecond line")
    }
}
