import Foundation
@testable import HandbookContent
import HandbookModel
import Testing

/// A rule is named for readers by its `title:`, or by its id in words.
struct RuleTitleTests {
    @Test func aTitleIsReadAndAnIdReadsAsWordsWithoutOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rule-title-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("rules.yml")
        try """
            - id: switch-off
              title: Phones off
              quote: "Phones must be switched off"
              applies-to: [staff]
              kind: must
            - id: hand-in-at-gate
              quote: "Phones are handed in at the gate"
              applies-to: [staff]
              kind: must

            """.write(to: url, atomically: true, encoding: .utf8)
        let file = try ContentFile.read(url, shownAs: "rules.yml")
        var diagnostics: [Diagnostic] = []
        let rules = RulesLoader.load(file, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(rules.map(\.plainTitle) == ["Phones off", "Hand in at gate"])
        #expect(rules.first?.title?.location.line == 2)
    }
}
