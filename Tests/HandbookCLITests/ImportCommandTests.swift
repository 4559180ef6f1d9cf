import Foundation
import HandbookTestSupport
import Testing

/// `handbook import` as the office types it: what it prints, and its exit statuses.
struct ImportCommandTests {
    private static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../HandbookKitTests/Fixtures/Import/behaviour-policy.docx").standardizedFileURL.path

    @Test func importPrintsWhatItFoundAndRefusesASecondTime() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        _ = try HandbookRunner.run(["init", "oakfield", "--school", "Oakfield Junior School"], in: fixture.root)

        let imported = try HandbookRunner.run(["import", Self.document, "--id", "behaviour", "--content", "oakfield/content",
                                               "--today", "2026-12-05"], in: fixture.root)
        #expect(imported.status == 0, "\(imported.stderr)")
        let lines = imported.stdout.components(separatedBy: "\n")
        #expect(lines.first == "Imported Behaviour Policy into oakfield/content/policies/behaviour/policy.md and oakfield/content/policies/behaviour/rules.yml as a draft (not released, not published).")
        #expect(lines.contains("  ## 1. Introduction") && lines.contains("  ### 3.1 The governing body"))
        #expect(lines.contains { $0.hasPrefix("Candidate rules (") })
        #expect(lines.contains("  table: 4 rows, written as a list, one item per row"))

        let again = try HandbookRunner.run(["import", Self.document, "--id", "behaviour", "--content", "oakfield/content"],
                                           in: fixture.root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("oakfield/content/policies/behaviour: error: oakfield/content/policies/behaviour already exists, and import never replaces a policy"))

        let missingID = try HandbookRunner.run(["import", Self.document], in: fixture.root)
        #expect(missingID.status == 64)
    }
}
