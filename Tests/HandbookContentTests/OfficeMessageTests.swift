import Foundation
@testable import HandbookContent
import HandbookModel
import Testing

/// Messages about rules.yml in the words of the office that edits it, each with the fix.
struct OfficeMessageTests {
    /// rules.yml written to a temporary folder and loaded, with what loading it said.
    private func load(_ text: String) throws -> [Diagnostic] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("office-message-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("rules.yml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let file = try ContentFile.read(url, shownAs: "content/policies/trips/rules.yml")
        var diagnostics: [Diagnostic] = []
        _ = RulesLoader.load(file, diagnostics: &diagnostics)
        return diagnostics
    }

    private func rule(kind: String) -> String {
        """
        - id: no-phones
          quote: "Phones are handed in"
          applies-to: [staff]
          kind: \(kind)

        """
    }

    @Test(arguments: ["mustnt", "mustn't", "must not", "MUST NOT", "Must-Not", "must_not"])
    func aMustNotWrittenAnotherWayIsNamed(_ written: String) throws {
        let diagnostics = try load(rule(kind: written.contains(" ") || written.contains("'") ? "\"\(written)\"" : written))
        #expect(diagnostics == [
            .error(at: SourceLocation(file: "content/policies/trips/rules.yml", line: 4, column: 9),
                   "`\(written)` is not a kind of rule",
                   hint: "did you mean `must-not`? use one of `must`, `must-not`, `should`, `info`"),
        ])
    }

    @Test func aTabInTheIndentationIsNamedWithItsColumnAndTheFix() throws {
        let diagnostics = try load("""
            - id: no-phones
              quote: "Phones are handed in"
            \tapplies-to: [staff]
              kind: must

            """)
        #expect(diagnostics == [
            .error(at: SourceLocation(file: "content/policies/trips/rules.yml", line: 3, column: 1),
                   "this line has a tab at column 1, and YAML must be indented with spaces, not tabs",
                   hint: "replace the tab at column 1 with spaces, so the line starts in the same column as the lines it belongs with"),
        ])
    }

    @Test func aTabAfterSpacesIsNamedAtItsOwnColumn() throws {
        let diagnostics = try load("- id: no-phones\n  quote: \"Phones are handed in\"\n  applies-to:\n  \t- staff\n  kind: must\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: "content/policies/trips/rules.yml", line: 4, column: 3))
        #expect(diagnostic.message == "this line has a tab at column 3, and YAML must be indented with spaces, not tabs")
        #expect(diagnostic.hint?.hasPrefix("replace the tab at column 3 with spaces") == true)
    }

    @Test func aColonInAValueSaysToQuoteIt() throws {
        let diagnostics = try load("""
            - id: no-phones
              title: Phones: handed in
              quote: "Phones are handed in"
              applies-to: [staff]
              kind: must

            """)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location.file == "content/policies/trips/rules.yml")
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message == "YAML cannot start a new `key: value` here: either this line is indented further than the keys above it, or a value holds a colon followed by a space")
        #expect(diagnostic.hint == "line the key up with the keys above it, using spaces; if the colon belongs to the value, put the whole value inside double quotes, such as `title: \"Trips: what to bring\"`")
    }

    @Test func restoringAReleasedEditionNeverAsksForGit() {
        let hint = EditionRecordLoader.restoreHint("content/policies/trips/versions/1.0/edition.yml")
        #expect(hint.contains("copy content/policies/trips/versions/1.0 back from your backup, or ask whoever set up the handbook to restore it"))
        #expect(!hint.lowercased().contains("git"))
    }
}
