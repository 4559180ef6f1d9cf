import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// A class list with a `language` column: each family's agreement has its parent part in the
/// family's language beside the English, on the same A4 page.
struct FamilyLanguageAgreementTests {
    static let urduWords = """
        agreement-note: براہ کرم یہ وعدے اپنے بچے کے ساتھ پڑھیں اور ہر ایک کے بارے میں بات کریں۔
        agreement-declaration: میں نے یہ وعدے اپنے بچے کے ساتھ پڑھ لیے ہیں۔
        parent-name: والدین یا سرپرست کا نام
        parent-signature: والدین یا سرپرست کے دستخط
        date: تاریخ

        """

    private func fixture() async throws -> Fixture {
        let fixture = try await TranslatedPagesTests.translatedFixture()
        try fixture.write("content/translations/ur.yml", Self.urduWords)
        try fixture.write("classes.csv", "name,class,language\nAmir Khan,5K,ur\nZofia Nowak,5K,pl\nSam Lee,5K,\n")
        return fixture
    }

    @Test func eachFamilysAgreementCarriesItsLanguage() async throws {
        let fixture = try await fixture()
        defer { fixture.remove() }
        let outcome = await fixture.forms("mobile-phones", roster: "classes.csv", output: "packs", audience: "children",
                                          band: "key-stage-2", pdf: PrintTools.shouldRun)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        let pack = try String(contentsOfFile: try #require(outcome.pack), encoding: .utf8)
        let sheets: [String] = Array(pack.components(separatedBy: "<section class=\"named-sheet\"").dropFirst())
        #expect(sheets.count == 3)
        // Amir's family reads Urdu: the school's words, right to left, beside the English.
        #expect(sheets[0].contains("<div class=\"family-part\" lang=\"ur\" dir=\"rtl\">"))
        #expect(sheets[0].contains("<p class=\"family-declaration\">میں نے یہ وعدے اپنے بچے کے ساتھ پڑھ لیے ہیں۔</p>"))
        #expect(sheets[0].contains("Parent or carer’s signature / <span lang=\"ur\" dir=\"rtl\">والدین یا سرپرست کے دستخط</span>"))
        #expect(sheets[0].contains("<li>میں ہر روز اپنا فون گیٹ پر جمع کرواؤں گا۔</li>"))
        #expect(sheets[0].contains("A note for parents and carers."))
        // Zofia's family reads Polish: the translated promise, though the school gave no Polish words.
        #expect(sheets[1].contains("<div class=\"family-part\" lang=\"pl\" dir=\"ltr\">"))
        #expect(sheets[1].contains("<li>Każdego dnia oddam telefon przy bramie.</li>"))
        // Sam's family reads English.
        #expect(!sheets[2].contains("family-part"))
        guard PrintTools.shouldRun else { return }
        let pdf = URL(fileURLWithPath: try #require(outcome.pdf))
        // A4 in points, one page per agreement: the parent part in another language fits on it.
        #expect(try PrintTools.pageSizes(pdf) == Array(repeating: "595 x 842", count: 3))
    }

    @Test func aLanguageNotOfferedIsAnErrorOnItsLine() async throws {
        let fixture = try await fixture()
        defer { fixture.remove() }
        try fixture.write("classes.csv", "name,class,language\nAmir Khan,5K,urdu\n")
        let outcome = await fixture.forms("mobile-phones", roster: "classes.csv", output: "packs", audience: "children",
                                          band: "key-stage-2")
        let problem = try #require(outcome.diagnostics.first)
        #expect(problem.message == "`urdu` in the language column is not a language handbook.yml offers")
        #expect(problem.location == .init(file: fixture.path("classes.csv"), line: 2))
        #expect(problem.hint?.contains("`pl`, `ur`") == true)
    }
}
