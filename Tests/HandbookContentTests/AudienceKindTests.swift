import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// handbook.yml says what kind of reader each audience is; the checks read it at its line.
struct AudienceKindTests {
    private func load(_ fixture: Fixture) -> (config: HandbookConfig?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        return (handbook?.config, diagnostics)
    }

    @Test func readsTheKindOfEveryAudience() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let config = try #require(load(fixture).config)
        #expect(config.audiences.map(\.kind) == [.staff, .parents, .pupils])
        #expect(config.audiences.map(\.hasBands) == [false, false, true])
    }

    @Test func anUnknownKindIsAnErrorAtItsLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "kind: parents", with: "kind: parent")
        let diagnostics = load(fixture).diagnostics
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message == "`parent` is not a kind of reader")
        #expect(error.hint == "did you mean `parents`? use one of `staff`, `parents`, `pupils`")
        #expect(error.location.file == "\(fixture.content)/handbook.yml")
        #expect(error.location.line == 9)
    }

    @Test func aMissingKindIsTakenFromTheIdWithAWarning() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "    kind: staff\n", with: "")
        let (config, diagnostics) = load(fixture)
        #expect(config?.audiences.first?.kind == .staff)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message == "audience `staff` does not say what kind of reader it is; taken as `staff`")
        #expect(diagnostics.first?.location.line == 4)
    }

    @Test func aMissingKindThatCannotBeGuessedIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "    kind: parents\n", with: "")
        let diagnostics = load(fixture).diagnostics
        #expect(diagnostics.map(\.message) == ["audience `families` does not say what kind of reader it is"])
        #expect(diagnostics.first?.hint == "add `kind:` with one of `staff`, `parents`, `pupils`")
        #expect(diagnostics.first?.location.line == 7)
    }

    @Test func bandsBelongToPupilsOnly() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "kind: pupils", with: "kind: parents")
        let diagnostics = load(fixture).diagnostics
        #expect(diagnostics.map(\.message) == ["only pupils read the handbook in bands, but `children` is `kind: parents`"])
        #expect(diagnostics.first?.location.line == 14)
    }

    @Test func anAudienceCannotTakeASiteFolder() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "- id: families", with: "- id: policies")
        let config = try #require(load(fixture).config)
        let diagnostics = ConfigChecks.check(config)
        #expect(diagnostics.map(\.message) == ["the audience id `policies` is the name of a folder the site already has"])
        #expect(diagnostics.first?.location.line == 7)
    }
}
