import Foundation
import HandbookContent
import HandbookKit
import HandbookModel
import HandbookTestSupport
import Testing

/// Parents' pages in a family's language, beside the English.
struct TranslatedPagesTests {
    /// The phones policy released as 2.3 with Polish and Urdu translations; `words` is Polish interface words.
    static func translatedFixture(words: String? = nil) async throws -> Fixture {
        let fixture = try Fixture(files: TranslationContent.files)
        try fixture.write("content/policies/mobile-phones/translations/pl.yml",
                          TranslationContent.polishPhones(fingerprint: EnglishFingerprint.of))
        try fixture.write("content/policies/mobile-phones/translations/ur.yml",
                          TranslationContent.urduPhones(fingerprint: EnglishFingerprint.of))
        if let words { try fixture.write("content/translations/pl.yml", words) }
        #expect(try await fixture.release("mobile-phones").folder != nil)
        return fixture
    }

    @Test func aTranslatedPolicyBuildsParentsPagesInItsLanguage() async throws {
        let fixture = try await Self.translatedFixture()
        defer { fixture.remove() }
        let report = await fixture.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let polish = try fixture.read("site/families/pl/mobile-phones/index.html")
        #expect(polish.contains("<html lang=\"pl\" dir=\"ltr\">"))
        #expect(polish.contains("<h1>Zasady korzystania z telefonów komórkowych</h1>"))
        #expect(polish.contains("<p class=\"rule-summary\">Twoje dziecko oddaje telefon przy bramie.</p>"))
        // The English full text is linked as the version that counts.
        #expect(polish.contains("<a href=\"../../../policies/mobile-phones/index.html\" hreflang=\"en\">"))
        #expect(polish.contains("The full policy in English is the version that counts."))
        // Each language named in itself, marked with its language.
        #expect(polish.contains("<a href=\"../../../families/ur/mobile-phones/index.html\" lang=\"ur\" hreflang=\"ur\" dir=\"rtl\">اردو</a>"))
        #expect(polish.contains("lang=\"pl\" hreflang=\"pl\" aria-current=\"page\">Polski</a>"))
        let urdu = try fixture.read("site/families/ur/mobile-phones/index.html")
        #expect(urdu.contains("<html lang=\"ur\" dir=\"rtl\">"))
        #expect(urdu.contains("آپ کا بچہ اپنا فون گیٹ پر جمع کرواتا ہے۔"))
        // The English parents' page offers both, and the home in each language lists the policy.
        let english = try fixture.read("site/families/mobile-phones/index.html")
        #expect(english.contains("<html lang=\"en-GB\">"))
        #expect(english.contains("<a href=\"../../families/pl/mobile-phones/index.html\" lang=\"pl\" hreflang=\"pl\">Polski</a>"))
        let home = try fixture.read("site/families/pl/index.html")
        #expect(home.contains("<a href=\"../../families/pl/mobile-phones/index.html\">Zasady korzystania z telefonów komórkowych</a>"))
    }

    @Test func interfaceWordsComeFromTheSchoolsFileWithEnglishOtherwise() async throws {
        let fixture = try await Self.translatedFixture(words: """
            full-text-counts: Ta strona jest tłumaczeniem. Obowiązuje pełna wersja polityki w języku angielskim.
            rules-heading: Co mówi polityka

            """)
        defer { fixture.remove() }
        #expect(await fixture.build().succeeded)
        let polish = try fixture.read("site/families/pl/mobile-phones/index.html")
        #expect(polish.contains("<p>Ta strona jest tłumaczeniem. Obowiązuje pełna wersja polityki w języku angielskim.</p>"))
        #expect(polish.contains(">Co mówi polityka</h2>"))
        // A word the school did not give is the English, marked as English.
        #expect(polish.contains("<span lang=\"en\">Read the full policy (in English)</span>"))
    }

    @Test func aStaleEntryShowsTheEnglishWithANote() async throws {
        let fixture = try await Self.translatedFixture(words: "being-updated: Tłumaczenie tej części jest aktualizowane.\n")
        defer { fixture.remove() }
        let changed = "Your child gives their phone to a member of staff at the gate."
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", TranslationContent.phonesEnglish.handIn, with: changed)
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        #expect(try await fixture.release("mobile-phones", date: "2024-09-01").folder != nil)
        let report = await fixture.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let polish = try fixture.read("site/families/pl/mobile-phones/index.html")
        #expect(polish.contains("<p class=\"rule-summary\" lang=\"en\" dir=\"ltr\">\(changed)</p>\n<p class=\"translation-note\">Tłumaczenie tej części jest aktualizowane.</p>"))
        #expect(!polish.contains("Twoje dziecko oddaje telefon przy bramie."))
        // What did not change is still translated.
        #expect(polish.contains("<p class=\"rule-summary\">Pracownicy mogą użyć telefonu w nagłym wypadku.</p>"))
    }
}

extension TranslatedPagesTests {
    /// The translated pages, Polish and Urdu (right to left), pass axe-core in Chromium at phone width.
    @Test func translatedPagesPassAxe() async throws {
        let fixture = try await Self.translatedFixture()
        defer { fixture.remove() }
        #expect(await fixture.build().succeeded)
        let available = ExternalTool.pythonHas("selenium, axe_core_python, axe_playwright_python")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        guard available else {
            #expect(!WholeSchoolTests.browserIsRequired, "the browser checks must run here, but Chromium or the Python checkers are missing")
            return
        }
        let pages = ["families/pl/mobile-phones/index.html", "families/ur/mobile-phones/index.html", "families/pl/index.html",
                     "families/ur/index.html", "families/mobile-phones/index.html"]
        let metrics = try await PageMetrics.measure(fixture.output, width: 375, pages: pages)
        for page in pages {
            let violations = try #require(metrics[page])["violations"] as? [String] ?? []
            #expect(violations.isEmpty, "\(page): \(violations)")
        }
    }
}
