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

/// Errors are printed before warnings in the terminal and in JSON, whatever order they come in.
struct DiagnosticPrintOrderTests {
    let warning = Diagnostic.warning(at: SourceLocation(file: "content/a/rules.yml", line: 2, column: 1), "a warning")
    let error = Diagnostic.error(at: SourceLocation(file: "content/b/rules.yml", line: 9, column: 3), "an error",
                                 hint: "fix it")

    @Test func textPrintsErrorsBeforeWarnings() {
        #expect(DiagnosticFormatter.text([warning, error]) == """
            content/b/rules.yml:9:3: error: an error
                hint: fix it
            content/a/rules.yml:2:1: warning: a warning
            """)
    }

    @Test func jsonListsErrorsBeforeWarnings() throws {
        let json = DiagnosticFormatter.json([warning, error])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]]
        let entries = try #require(object?["diagnostics"])
        #expect(entries.map { $0["severity"] as? String } == ["error", "warning"])
        #expect(entries.map { $0["file"] as? String } == ["content/b/rules.yml", "content/a/rules.yml"])
        #expect(entries.map { $0["line"] as? Int } == [9, 2])
    }
}
