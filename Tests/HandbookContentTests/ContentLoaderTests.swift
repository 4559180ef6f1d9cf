import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

struct ContentLoaderTests {
    @Test func loadsTheSampleHandbook() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let loaded = try #require(handbook)
        #expect(loaded.config.school == "Harbour Lane Primary School")
        #expect(loaded.config.audiences.map(\.id) == ["staff", "families", "children"])
        #expect(loaded.config.audiences[2].bands.map(\.ages) == [5...7, 7...11])
        #expect(loaded.policies.map(\.id) == ["mobile-phones", "trips"])
        let phones = loaded.policies[0].working
        #expect(phones.edition.version == "2.3")
        #expect(phones.edition.effective.longForm == "8 January 2024")
        #expect(phones.edition.approvedOn?.value.longForm == "20 November 2023")
        #expect(phones.edition.minute?.value == "Resources Committee 20 November 2023, item 4")
        #expect(phones.bodyFirstLine == 14)
        #expect(phones.rules.map(\.id.value) == ["hand-in-at-gate", "switch-off", "phones-out-of-sight", "emergencies"])
        #expect(phones.rules[0].summary(for: "children", band: "key-stage-1")?.text == "I give my phone in at the gate.")
        #expect(phones.rules[0].quote.location.line == 2)
        // A missing `material` means staff sign again, the safe default.
        #expect(loaded.policies[1].working.edition.material)
    }

    @Test func anUnquotedVersionNumberKeepsItsDigits() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: 1.10")
        var ignored: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &ignored)
        #expect(handbook?.policies[1].working.edition.version == "1.10")
    }

    @Test func windowsLineEndingsKeepLineNumbers() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let rules = try fixture.read("content/policies/trips/rules.yml").replacingOccurrences(of: "\n", with: "\r\n")
        try fixture.write("content/policies/trips/rules.yml", rules.replacingOccurrences(of: "kind: must", with: "kind: nope"))
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.first?.location.line == 4)
        #expect(diagnostics.first?.message == "`nope` is not a kind of rule")
    }

    @Test func policyWithoutFrontMatterIsAnErrorOnLineOne() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/policies/trips/policy.md", "Just text.\n")
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: fixture.content + "/policies/trips/policy.md", line: 1, column: 1))
        #expect(diagnostic.message.hasPrefix("policy.md must start with front matter"))
    }

    @Test func aPolicyFolderNameMustWorkInAWebAddress() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.moveItem(at: fixture.url("content/policies/trips"), to: fixture.url("content/policies/School Trips"))
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.message) == ["the policy folder name `School Trips` cannot be used in a web address"])
    }

    @Test func missingFilesAreNamed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(at: fixture.url("content/policies/trips/rules.yml"))
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.location.file) == [fixture.content + "/policies/trips/rules.yml"])
        #expect(diagnostics.first?.message == "file not found")
    }

    @Test func handbookConfigErrorsAreReported() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "max-grade: 9", with: "max-grade: nine")
        try fixture.replace(in: "content/handbook.yml", "- id: families", with: "- id: staff")
        var diagnostics: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.message) == ["`max-grade` in an audience should be a number, but it is the single value `nine`"])
        #expect(diagnostics.first?.location.line == 10)
        let config = try #require(handbook?.config)
        #expect(ConfigChecks.check(config).map(\.message) == ["the audience id `staff` is used twice"])
    }
}
