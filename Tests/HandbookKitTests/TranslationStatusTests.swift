import Foundation
import HandbookContent
import HandbookKit
import HandbookModel
import HandbookTestSupport
import Testing

/// A translation is current while the English it was made from is what parents read; a later
/// edition that changes the English makes it stale.
struct TranslationStatusTests {
    private let polish = "content/policies/mobile-phones/translations/pl.yml"

    /// The phones policy released as 2.3 with a Polish translation of it.
    private func translatedFixture() async throws -> Fixture {
        let fixture = try Fixture(files: TranslationContent.files)
        try fixture.write(polish, TranslationContent.polishPhones(fingerprint: EnglishFingerprint.of))
        #expect(try await fixture.release("mobile-phones").folder != nil)
        return fixture
    }

    /// Edition 2.4 says the gate rule to families in other words.
    private func releaseChangedGateRule(_ fixture: Fixture) async throws {
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", TranslationContent.phonesEnglish.handIn,
                            with: "Your child gives their phone to a member of staff at the gate.")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        #expect(try await fixture.release("mobile-phones", date: "2024-09-01").folder != nil)
    }

    @Test func statusCountsCurrentStaleAndMissing() async throws {
        let fixture = try await translatedFixture()
        defer { fixture.remove() }
        var status = TranslationStatus.make(content: fixture.content)
        #expect(status.diagnostics.isEmpty)
        let polish = try #require(status.rows.first { $0.language == "pl" })
        // The title, two parents' summaries and one band's pupil summary; the other bands' are optional.
        #expect((polish.current, polish.stale, polish.missing) == (4, 0, 0))
        let urdu = try #require(status.rows.first { $0.language == "ur" })
        #expect(!urdu.hasFile)
        #expect((urdu.current, urdu.stale, urdu.missing) == (0, 0, 3))
        #expect(status.rows.map(\.policy) == ["mobile-phones", "mobile-phones"])

        try await releaseChangedGateRule(fixture)
        status = TranslationStatus.make(content: fixture.content)
        let later = try #require(status.rows.first { $0.language == "pl" })
        #expect((later.version, later.current, later.stale, later.missing) == ("2.4", 3, 1, 0))
        #expect(status.text.contains("  mobile-phones 2.4: 3 current, 1 stale, 0 missing"))
        #expect(status.json.contains("\"stale\" : 1"))
    }

    @Test func checkWarnsOfStaleAndMissingTranslationsButNeverErrs() async throws {
        let fixture = try await translatedFixture()
        defer { fixture.remove() }
        try await releaseChangedGateRule(fixture)
        let report = await HandbookBuild.check(content: fixture.content)
        #expect(!report.diagnostics.hasErrors)
        let translations = report.diagnostics.filter { $0.code == "translations" }
        #expect(translations.allSatisfy { $0.severity == .warning })
        let stale = try #require(translations.first { $0.message.contains("Polski") })
        #expect(stale.message == "the Polski (`pl`) translation of `mobile-phones` edition 2.4 has 1 text made from English that has since changed; families see the English there")
        #expect(stale.location.file == fixture.content + "/policies/mobile-phones/translations/pl.yml")
        #expect(stale.location.line == (try fixture.line(of: "Twoje dziecko", in: polish)))
        let missing = try #require(translations.first { $0.message.contains("اردو") })
        #expect(missing.message == "`mobile-phones` has no translation into اردو (`ur`): families reading it see the English")
        #expect(missing.hint == "run `handbook translations template ur mobile-phones` and give the file to a translator")
    }

    @Test func aTemplateHasEveryTextWithItsEnglishAndFingerprint() async throws {
        let fixture = try await translatedFixture()
        defer { fixture.remove() }
        let made = TranslationTemplate.make(language: "ur", policy: "mobile-phones", content: fixture.content)
        #expect(made.diagnostics.isEmpty)
        let file = try #require(made.file)
        #expect(file == fixture.content + "/policies/mobile-phones/translations/ur.yml")
        #expect(made.toTranslate == 7)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("translates: \"2.3\"\ntitle:\n  english: \"Mobile Phones Policy\"\n  text: \"\"\n  from: \(EnglishFingerprint.of("Mobile Phones Policy"))\n"))
        #expect(text.contains("  hand-in-at-gate:\n    parents:\n      english: \"\(TranslationContent.phonesEnglish.handIn)\"\n      text: \"\"\n      from: \(EnglishFingerprint.of(TranslationContent.phonesEnglish.handIn))\n    pupils:\n      key-stage-1:\n"))
        // An untranslated template loads, and counts as missing, not as an error.
        var status = TranslationStatus.make(content: fixture.content)
        #expect(status.diagnostics.isEmpty)
        let untranslated = try #require(status.rows.first { $0.language == "ur" })
        #expect((untranslated.hasFile, untranslated.current, untranslated.missing) == (true, 0, 3))
        // Filling in one text makes it current.
        let filled = text.replacingOccurrences(of: "english: \"Mobile Phones Policy\"\n  text: \"\"",
                                               with: "english: \"Mobile Phones Policy\"\n  text: \"موبائل فون کی پالیسی\"")
        try filled.write(toFile: file, atomically: true, encoding: .utf8)
        status = TranslationStatus.make(content: fixture.content)
        let started = try #require(status.rows.first { $0.language == "ur" })
        #expect((started.current, started.missing) == (1, 2))
    }

    @Test func aTemplateKeepsWhatIsTranslatedAndFlagsWhatIsStale() async throws {
        let fixture = try await translatedFixture()
        defer { fixture.remove() }
        try await releaseChangedGateRule(fixture)
        let made = TranslationTemplate.make(language: "pl", policy: "mobile-phones", content: fixture.content)
        let text = try fixture.read(polish)
        #expect(made.file != nil)
        #expect(text.contains("translates: \"2.4\""))
        #expect(text.contains("text: \"Zasady korzystania z telefonów komórkowych\"\n  from: \(EnglishFingerprint.of("Mobile Phones Policy"))"))
        let newEnglish = "Your child gives their phone to a member of staff at the gate."
        #expect(text.contains("english: \"\(newEnglish)\"\n      # The English changed since this was translated: update the text, then set `from: \(EnglishFingerprint.of(newEnglish))`.\n      text: \"Twoje dziecko oddaje telefon przy bramie.\"\n      from: \(EnglishFingerprint.of(TranslationContent.phonesEnglish.handIn))"))
    }

    @Test func aTemplateForALanguageNotOfferedIsRefused() async throws {
        let fixture = try await translatedFixture()
        defer { fixture.remove() }
        let made = TranslationTemplate.make(language: "pk", policy: "mobile-phones", content: fixture.content)
        let problem = try #require(made.diagnostics.first)
        #expect(problem.message == "handbook.yml offers no language `pk`")
        #expect(problem.location.file == fixture.content + "/handbook.yml")
        #expect(made.file == nil)
    }
}

extension TranslationStatusTests {
    @Test func aPolicyFolderNamedLikeALanguageIsAnError() async throws {
        let fixture = try Fixture(files: TranslationContent.files)
        defer { fixture.remove() }
        try fixture.write("content/policies/pl/policy.md", try fixture.read("content/policies/trips/policy.md"))
        try fixture.write("content/policies/pl/rules.yml", try fixture.read("content/policies/trips/rules.yml"))
        let report = await HandbookBuild.check(content: fixture.content)
        let problem = try #require(report.diagnostics.first { $0.code == "translations" })
        #expect(problem.severity == .error)
        #expect(problem.message == "the policy folder `pl` has the same name as the language `pl` in handbook.yml")
        #expect(problem.location.file == fixture.content + "/policies/pl/policy.md")
    }

    @Test func aTemplateForAPolicyNeverReleasedIsRefused() throws {
        let fixture = try Fixture(files: TranslationContent.files)
        defer { fixture.remove() }
        let made = TranslationTemplate.make(language: "pl", policy: "trips", content: fixture.content)
        let problem = try #require(made.diagnostics.first)
        #expect(problem.message == "`trips` has not been released, so families do not see it yet")
        #expect(problem.location.file == fixture.content + "/policies/trips/policy.md")
        #expect(!FileManager.default.fileExists(atPath: fixture.content + "/policies/trips/translations/pl.yml"))
    }
}
