import Foundation
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

struct LanguageListTests {
    @Test func languagesAreReadWithTheirDirection() throws {
        let fixture = try Fixture(files: TranslationContent.files)
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let languages = try #require(handbook?.config.languages)
        #expect(languages.map(\.id) == ["pl", "ur"])
        #expect(languages.map(\.name) == ["Polski", "اردو"])
        #expect(languages.map(\.direction) == [.leftToRight, .rightToLeft])
    }

    private func problem(with list: String, at text: String) throws -> (Diagnostic, line: Int, path: String) {
        let fixture = try Fixture(files: SampleContent.files)
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml", SampleContent.handbook + list)
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        return (diagnostic, try fixture.line(of: text, in: "content/handbook.yml"), fixture.content + "/handbook.yml")
    }

    @Test func aLanguageTagMustBeBCP47() throws {
        let (diagnostic, line, path) = try problem(with: "languages:\n  - id: polish_pl\n    name: Polski\n", at: "polish_pl")
        #expect(diagnostic.message == "`polish_pl` is not a language tag")
        #expect(diagnostic.location.file == path)
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.hint?.contains("`pl` for Polish") == true)
    }

    @Test func aDirectionIsRtlOrLtr() throws {
        let (diagnostic, line, _) = try problem(with: "languages:\n  - id: ar\n    name: العربية\n    direction: right\n", at: "direction")
        #expect(diagnostic.message == "`right` is not a writing direction")
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.hint?.contains("direction: rtl") == true)
    }

    @Test func englishIsNotListed() throws {
        let (diagnostic, line, _) = try problem(with: "languages:\n  - id: en\n    name: English\n", at: "id: en")
        #expect(diagnostic.message == "English is the handbook's own language, so it is not listed in `languages`")
        #expect(diagnostic.location.line == line)
    }

    @Test func aLanguageNeedsItsName() throws {
        let (diagnostic, line, _) = try problem(with: "languages:\n  - id: pl\n", at: "id: pl")
        #expect(diagnostic.message == "a language is missing `name`")
        #expect(diagnostic.location.line == line)
    }

    @Test func aLanguageIsListedOnce() throws {
        let (diagnostic, _, _) = try problem(with: "languages:\n  - id: pl\n    name: Polski\n  - id: pl\n    name: Polski\n", at: "id: pl")
        #expect(diagnostic.message == "the language `pl` is listed twice")
    }

    @Test func wellFormedTags() {
        #expect(LanguageTag.isWellFormed("pl"))
        #expect(LanguageTag.isWellFormed("pt-BR"))
        #expect(LanguageTag.isWellFormed("pa-Arab"))
        #expect(LanguageTag.isWellFormed("es-419"))
        #expect(!LanguageTag.isWellFormed("p"))
        #expect(!LanguageTag.isWellFormed("pl-"))
        #expect(!LanguageTag.isWellFormed("pl/../x"))
    }
}

struct TranslationLoaderTests {
    private let path = "content/policies/mobile-phones/translations/pl.yml"

    private func fixture(_ translation: String, file: String? = nil) throws -> Fixture {
        let fixture = try Fixture(files: TranslationContent.files)
        try fixture.write(file ?? path, translation)
        return fixture
    }

    @Test func aTranslationIsReadBesideItsPolicy() throws {
        let fixture = try fixture(TranslationContent.polishPhones(fingerprint: EnglishFingerprint.of))
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let translation = try #require(handbook?.policies.first?.translation("pl"))
        #expect(translation.translates.value == "2.3")
        #expect(translation.title?.text == "Zasady korzystania z telefonów komórkowych")
        #expect(translation.parents["hand-in-at-gate"]?.text == "Twoje dziecko oddaje telefon przy bramie.")
        #expect(translation.parents["hand-in-at-gate"]?.location.line == 8)
        #expect(translation.pupils["hand-in-at-gate"]?["key-stage-2"]?.text == "Każdego dnia oddam telefon przy bramie.")
    }

    @Test func theEnglishFingerprintIgnoresRewrapping() {
        #expect(EnglishFingerprint.of("Your child hands\n  their phone in.") == EnglishFingerprint.of("Your child hands their phone in."))
        #expect(EnglishFingerprint.of("a") != EnglishFingerprint.of("b"))
        #expect(EnglishFingerprint.of("a").count == 8)
    }

    @Test func anUnknownRuleIsAnErrorOnItsLine() throws {
        let text = TranslationContent.polishPhones(fingerprint: EnglishFingerprint.of)
            .replacingOccurrences(of: "  emergencies:", with: "  emergency:")
        let fixture = try fixture(text)
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "this policy has no rule `emergency`")
        #expect(diagnostic.hint?.hasPrefix("did you mean `emergencies`?") == true)
        #expect(diagnostic.location.file == fixture.content + "/policies/mobile-phones/translations/pl.yml")
        #expect(diagnostic.location.line == (try fixture.line(of: "emergency:", in: path)))
    }

    @Test func aLanguageNotInHandbookYmlIsAnError() throws {
        let fixture = try fixture(TranslationContent.polishPhones(fingerprint: EnglishFingerprint.of),
                                  file: "content/policies/mobile-phones/translations/po.yml")
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "`po` is not a language handbook.yml offers")
        #expect(diagnostic.location.file == fixture.content + "/policies/mobile-phones/translations/po.yml")
        #expect(diagnostic.hint?.hasPrefix("did you mean `pl.yml`?") == true)
    }

    @Test func brokenYAMLIsAnErrorOnItsLine() throws {
        let fixture = try fixture("translates: \"2.3\"\ntitle:\n  text: \"unclosed\n  from: 12345678\n")
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.file == fixture.content + "/policies/mobile-phones/translations/pl.yml")
        #expect(diagnostic.location.line != nil)
    }

    @Test func aFromThatIsNoFingerprintIsAnError() throws {
        let fixture = try fixture("translates: \"2.3\"\ntitle:\n  text: Zasady\n  from: yesterday\n")
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "`yesterday` is not the fingerprint of an English text")
        #expect(diagnostic.location.line == 4)
    }

    @Test func anEditionThatDoesNotExistIsAnError() throws {
        let fixture = try fixture("translates: \"9.9\"\n")
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "this policy has no edition 9.9 to translate")
        #expect(diagnostic.location.line == 1)
    }

    @Test func anUnknownBandIsAnError() throws {
        let text = TranslationContent.polishPhones(fingerprint: EnglishFingerprint.of)
            .replacingOccurrences(of: "key-stage-2:", with: "key-stage-3:")
        let fixture = try fixture(text)
        defer { fixture.remove() }
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "unknown key `key-stage-3` in the pupils' summaries of `hand-in-at-gate`")
        #expect(diagnostic.location.line == (try fixture.line(of: "key-stage-3", in: path)))
    }
}

struct InterfaceWordsTests {
    @Test func theSchoolsWordsAreReadByName() throws {
        let fixture = try Fixture(files: TranslationContent.files)
        defer { fixture.remove() }
        try fixture.write("content/translations/pl.yml", "being-updated: Tłumaczenie jest aktualizowane.\n")
        var diagnostics: [Diagnostic] = []
        let handbook = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(handbook?.config.language("pl")?.words == ["being-updated": "Tłumaczenie jest aktualizowane."])
        #expect(handbook?.config.language("ur")?.words == [:])
    }

    @Test func wordsThatAreNotAListAreAnErrorOnTheirLine() throws {
        let fixture = try Fixture(files: TranslationContent.files)
        defer { fixture.remove() }
        try fixture.write("content/translations/pl.yml", "- Tłumaczenie\n")
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "the Polski words should be a block of `key: value` lines, but it is a list")
        #expect(diagnostic.location == SourceLocation(file: fixture.content + "/translations/pl.yml", line: 1, column: 1))
    }

    @Test func brokenWordsAreAnErrorOnTheirLine() throws {
        let fixture = try Fixture(files: TranslationContent.files)
        defer { fixture.remove() }
        try fixture.write("content/translations/pl.yml", "being-updated: \"unclosed\nrules-heading: Co\n")
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.file == fixture.content + "/translations/pl.yml")
        #expect(diagnostic.location.line != nil)
    }
}
