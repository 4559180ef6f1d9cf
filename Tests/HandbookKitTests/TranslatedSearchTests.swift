import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Search in a family's language: Pagefind makes an index per language from each page's `lang`,
/// and the search page in that language, which the header of its pages opens, searches it.
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

    /// The indexed fixture, built once for the tests that only read or search it.
    private static let sharedSite = Shared {
        let fixture = try await indexedFixture()
        try fixture.share()
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

    @Test func aTranslatedPageSearchesFromTheSearchPageInItsLanguage() async throws {
        guard ExternalTool.pythonHas("pagefind_bin") else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind is missing")
            return
        }
        let fixture = try await Self.sharedSite.value()
        let polish = try fixture.read("site/families/pl/mobile-phones/index.html")
        #expect(polish.contains("<form class=\"site-search\" action=\"../../../search/pl/index.html\" method=\"get\" role=\"search\">"))
        #expect(polish.contains("<label for=\"site-search-q\">Szukaj w podręczniku</label>"))
        // The language's search has only that language's pages: there is no reader to narrow to.
        #expect(!polish.contains("name=\"reader\""))
        let english = try fixture.read("site/families/mobile-phones/index.html")
        #expect(english.contains("action=\"../../search/index.html\""))

        let search = try fixture.read("site/search/pl/index.html")
        #expect(search.contains("<html lang=\"pl\" dir=\"ltr\">"))
        #expect(search.contains("<h1>Szukaj w podręczniku</h1>"))
        #expect(search.contains("data-count-one=\"strona znaleziona\" data-count-many"))
        // A word the school did not give is the English, marked as English.
        #expect(search.contains("<label for=\"search-q\"><span lang=\"en\">Words to find</span></label>"))
        #expect(search.contains("data-count-many=\"pages found\" data-count-many-lang=\"en\""))
        let urdu = try fixture.read("site/search/ur/index.html")
        #expect(urdu.contains("<html lang=\"ur\" dir=\"rtl\">"))
    }

    /// The search pages in Polish and Urdu (right to left) pass axe-core in Chromium at phone width.
    @Test func theLanguagesSearchPagesPassAxe() async throws {
        guard ExternalTool.pythonHas("pagefind_bin, selenium, axe_core_python, axe_playwright_python")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") else {
            #expect(!WholeSchoolTests.browserIsRequired, "the browser checks must run here, but Chromium, Pagefind or the Python checkers are missing")
            return
        }
        let fixture = try await Self.sharedSite.value()
        let pages = ["search/pl/index.html", "search/ur/index.html"]
        let metrics = try await PageMetrics.measure(fixture.output, width: 375, pages: pages)
        for page in pages {
            let violations = try #require(metrics[page])["violations"] as? [String] ?? []
            #expect(violations.isEmpty, "\(page): \(violations)")
        }
    }

    /// What the search pages found in one browser, for each page's queries in turn, with each
    /// page's path in the site.
    private func search(_ fixture: Fixture, _ pages: [(page: String, queries: [String])]) throws -> [[[String: Any]]] {
        let asked = pages.flatMap { ["--page", $0.page] + $0.queries.flatMap { [$0, ""] } }
        let result = try ExternalTool.run("python3", [Repository.root.appendingPathComponent(".ci/search_check.py").path,
                                                      fixture.output] + asked)
        #expect(result.status == 0, "\(result.stderr)")
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        try #require(answers.count == pages.map(\.queries.count).reduce(0, +))
        var grouped: [[[String: Any]]] = [], next = 0
        for page in pages {
            grouped.append(Array(answers[next..<next + page.queries.count]))
            next += page.queries.count
        }
        return grouped
    }

    private func urls(_ answer: [String: Any]) -> [String] {
        (answer["results"] as? [[String: String]] ?? []).compactMap { $0["url"] }
    }

    @Test func thePolishSearchPageFindsThePolishPageAndTheEnglishOneTheEnglish() async throws {
        guard ExternalTool.pythonHas("pagefind_bin, selenium") && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind or the browser is missing")
            return
        }
        let fixture = try await Self.sharedSite.value()
        try #require(FileManager.default.fileExists(atPath: fixture.output + "/search/pl/index.html"))

        let found = try search(fixture, [("search/pl/index.html", ["telefon", "phone"]), ("search/ur/index.html", ["فون"]),
                                         ("search/index.html", ["phone", "telefon"])])
        let polish = found[0], urdu = found[1], english = found[2]
        #expect(urls(polish[0]).count == 1 && urls(polish[0]).first?.hasSuffix("/families/pl/mobile-phones/index.html") == true,
                "\(polish[0])")
        #expect(polish[0]["said"] as? String == "strona znaleziona")
        #expect(!urls(polish[1]).contains { !$0.contains("/pl/") }, "the Polish search found English pages: \(polish[1])")

        #expect(urls(urdu[0]).count == 1 && urls(urdu[0]).first?.hasSuffix("/families/ur/mobile-phones/index.html") == true,
                "\(urdu[0])")

        #expect(urls(english[0]).contains { $0.hasSuffix("/families/mobile-phones/index.html") }, "\(english[0])")
        #expect(!urls(english[0]).contains { $0.contains("/pl/") || $0.contains("/ur/") }, "\(english[0])")
        #expect(urls(english[1]).isEmpty, "the English search found Polish pages: \(english[1])")
    }
}
