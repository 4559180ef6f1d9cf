import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Search in a family's language: Pagefind makes an index per language from each page's `lang`.
struct TranslatedSearchTests {
    private static let polishWords = """
        search-label: Szukaj w podręczniku
        search-found-one: strona znaleziona

        """

    /// The phones policy translated into Polish and Urdu, built with its search index.
    private static func indexedFixture() async throws -> Fixture {
        let fixture = try await TranslatedPagesTests.translatedFixture(words: polishWords)
        let built = await fixture.build(search: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        return fixture
    }

    /// The languages pagefind-entry.json lists.
    private static func indexLanguages(_ fixture: Fixture) throws -> [String] {
        let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.url("site/pagefind/pagefind-entry.json")))
        let languages = try #require((entry as? [String: Any])?["languages"] as? [String: Any])
        return languages.keys.sorted()
    }

    @Test func eachLanguageHasItsOwnIndexTheSameEveryBuild() async throws {
        guard ExternalTool.pythonHas("pagefind_bin") else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind is missing")
            return
        }
        let fixture = try await Self.indexedFixture()
        defer { fixture.remove() }
        // The handbook's English (`en-GB`) is indexed as `en`, as it is without translations.
        #expect(try Self.indexLanguages(fixture) == ["en", "pl", "ur"])
        let first = snapshotTree(fixture.output).filter { $0.key.hasPrefix("pagefind/") }
        // Pagefind lists its languages in a different order each run; the index must not change.
        for _ in 0..<2 {
            #expect(await fixture.build(search: true).succeeded)
            #expect(snapshotTree(fixture.output).filter { $0.key.hasPrefix("pagefind/") } == first)
        }
    }
}
