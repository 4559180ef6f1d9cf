import Foundation
import HandbookChecks
import HandbookContent
import HandbookKit
import HandbookModel
import HandbookTestSupport
import Testing

/// The parts made faster for large handbooks give the same answers as the plain versions.
struct ReleaseOfUnchangedTextTests {
    @Test func isReadOnceButPointsAtItsOwnFiles() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let outcome = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                             date: CalendarDate("2024-07-01")!)
        #expect(!outcome.diagnostics.hasErrors)
        var diagnostics: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let entry = try #require(handbook?.policies.first { $0.id == "trips" })
        let release = try #require(entry.releases.first).policy
        let folder = fixture.content + "/policies/trips/versions/1.0/"
        #expect(release.policyPath == folder + "policy.md")
        #expect(release.rulesPath == folder + "rules.yml")
        #expect(release.edition.versionLocation.file == folder + "policy.md")
        let locations = release.rules.flatMap { rule in
            [rule.id.location, rule.quote.location, rule.location, rule.summaryLocation]
                + rule.appliesTo.map(\.location) + rule.acknowledge.map(\.location) + rule.summaries.map(\.location)
        }
        #expect(locations.allSatisfy { $0.file == folder + "rules.yml" })
        // The same values, lines and columns as reading the released files afresh.
        var fresh: [Diagnostic] = []
        let reread = try #require(ContentLoader.loadEdition(id: "trips", folder: fixture.url("content/policies/trips/versions/1.0"),
                                                            shownAs: fixture.content + "/policies/trips/versions/1.0",
                                                            boundary: ContentBoundary(fixture.url("content")),
                                                            diagnostics: &fresh))
        #expect(reread == release)
    }
}
