import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Search on a served site: the build indexes it with Pagefind, and the search page finds the
/// rules a reader asks about, narrowed to one reader when they wish.
struct SearchTests {
    private static func available() -> Bool {
        ExternalTool.pythonHas("pagefind_bin, selenium") && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
    }

    /// The sample's two policies released and the site built with its search index.
    private func releasedAndIndexed() async throws -> Fixture {
        let fixture = try Fixture()
        for policy in ["mobile-phones", "trips"] {
            #expect(try await fixture.release(policy).folder != nil)
        }
        let built = await fixture.build(search: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        return fixture
    }

    /// The released and indexed sample, built once for the tests that only search it.
    private static let searchedSite = Shared {
        let fixture = try await SearchTests().releasedAndIndexed()
        try fixture.share()
        return fixture
    }

    /// Which of `browserSearches` each test reads.
    private enum Asked: Int {
        case phone, phoneForFamilies, promiseForKeyStage2, inFolderPhone, inFolderPhoneForFamilies, fromFilesPhone
    }

    /// Every search the browser tests make of `searchedSite`, run in one browser (starting one
    /// costs more than the searches): from the server's root, then with the handbook in a folder
    /// of the website following each first result, then opened from the disk.
    /// .ci/search_check.py prints a list with an object for each search.
    private static let browserSearches = Shared { () async throws -> ExternalTool.Result in
        let site = try await searchedSite.value()
        return try ExternalTool.run("python3", [Repository.root.appendingPathComponent(".ci/search_check.py").path, site.output,
                                                "phone", "", "phone", "families/", "promise", "children/key-stage-2/",
                                                "--folder", "/handbook/", "--follow", "phone", "", "phone", "families/",
                                                "--file", "--no-follow", "--folder", "/", "phone", ""])
    }

    /// What the search page did for each search asked: its results, the first line it showed and,
    /// following, the page its first result opened.
    private func searchPage(_ asked: [Asked]) async throws -> [[String: Any]] {
        let result = try await Self.browserSearches.value()
        #expect(result.status == 0, "\(result.stderr)")
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        try #require(answers.count == Asked.fromFilesPhone.rawValue + 1, "\(answers)")
        let mine = asked.map { answers[$0.rawValue] }
        for answer in mine {
            let console = answer["console"] as? [String] ?? []
            #expect(!console.contains { $0.contains("Content Security Policy") }, "\(console)")
        }
        return mine
    }

    /// Each search's results.
    private func search(_ asked: [Asked]) async throws -> [[[String: String]]] {
        try await searchPage(asked).map { $0["results"] as? [[String: String]] ?? [] }
    }

    /// Most schools keep the handbook in a folder of their website (https://school.example/handbook/):
    /// results link into that folder, not below it twice, the reader filter narrows them, each is
    /// labelled with its reader, and a result opens its page.
    @Test func inASubFolderResultsLinkToPagesThatLoadAndTheReaderFilterWorks() async throws {
        guard Self.available() else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind or the browser is missing")
            return
        }
        let answers = try await searchPage([.inFolderPhone, .inFolderPhoneForFamilies])
        let everyone = try #require(answers.first?["results"] as? [[String: String]])
        let families = try #require(answers.last?["results"] as? [[String: String]])
        #expect(!everyone.isEmpty)
        for result in everyone {
            let path = URL(string: result["url"] ?? "")?.path ?? ""
            #expect(path.hasPrefix("/handbook/") && !path.hasPrefix("/handbook/handbook/"), "\(path)")
            #expect(path.hasSuffix("/mobile-phones/index.html"), "\(path)")
            #expect(result["reader"]?.isEmpty == false, "every result is labelled with its reader: \(result)")
        }
        #expect(everyone.contains { $0["reader"] == "Families" })
        #expect(everyone.contains { $0["reader"] == "The full policy text" })

        #expect(families.count == 1, "\(families)")
        #expect(families.first?["url"]?.hasSuffix("/handbook/families/mobile-phones/index.html") == true, "\(families)")
        #expect(families.first?["reader"] == "Families")

        for answer in answers {
            let followed = try #require(answer["followed"] as? [String: Any], "\(answer)")
            let status = followed["status"] as? Int ?? 0
            #expect(status == 200 || status == 304, "the first result opened \(followed)")
            #expect((followed["title"] as? String)?.hasPrefix("Mobile Phones Policy") == true, "\(followed)")
        }
    }

    /// Opened from the disk, a browser will not run Pagefind: the page says that search needs the
    /// handbook on a web server, instead of showing nothing.
    @Test func openedFromFilesTheSearchPageSaysItNeedsAWebServer() async throws {
        guard Self.available() else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind or the browser is missing")
            return
        }
        let answers = try await searchPage([.fromFilesPhone])
        let answer = try #require(answers.first)
        #expect((answer["results"] as? [[String: String]])?.isEmpty == true)
        #expect(answer["said"] as? String == "Search works once the handbook is on a web server, not from files opened on this computer. Every policy is also listed in the topics A to Z.")
    }

    @Test func searchingPhoneFindsThePhoneRules() async throws {
        guard Self.available() else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind or the browser is missing")
            return
        }
        let fixture = try await Self.searchedSite.value()
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/pagefind/pagefind.js"))
        #expect(try fixture.read("site/index.html").contains("action=\"search/index.html\""))

        let answers = try await search([.phone, .phoneForFamilies])
        let everyone = try #require(answers.first), families = try #require(answers.last)
        #expect(!everyone.isEmpty)
        #expect(everyone.allSatisfy { $0["url"]?.contains("/mobile-phones/") == true }, "\(everyone)")
        #expect(everyone.contains { $0["excerpt"]?.lowercased().contains("phone") == true })

        #expect(families.count == 1)
        #expect(families.first?["url"]?.hasSuffix("/families/mobile-phones/index.html") == true)
        #expect(families.first?["reader"] == "Families")
    }

    /// The same policy is found on each reader's page: every link says whose page it opens, and
    /// the page's labels (rule kinds, card labels, links to the full text) are not what is found.
    @Test func eachResultNamesItsReaderAndLabelsAreNotIndexed() async throws {
        guard Self.available() else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind or the browser is missing")
            return
        }
        let answers = try await search([.phone, .promiseForKeyStage2])
        let phone = try #require(answers.first)
        #expect(phone.count > 1)
        let titles = phone.compactMap { $0["title"] }
        #expect(Set(titles).count == titles.count, "\(titles)")
        #expect(titles.contains("Mobile Phones Policy – Families"), "\(titles)")
        #expect(titles.contains("Mobile Phones Policy – The full policy text"), "\(titles)")
        for result in phone {
            let excerpt = result["excerpt"] ?? ""
            for label in ["My promise.", "applies to", "See it in the full policy", "The policy wording"] {
                #expect(!excerpt.contains(label), "\(label) in \(excerpt)")
            }
        }
        // "My promise" labels each pupil card; the pupils' promises themselves are found by their words.
        #expect(!answers[1].isEmpty)
        #expect(answers[1].allSatisfy { !($0["excerpt"] ?? "").contains("My promise.") }, "\(answers[1])")
    }

    @Test func theIndexAfterAPolicyIsRemovedHoldsNoPageOfIt() async throws {
        guard pagefindIsInstalled() else { return }
        let fixture = try await releasedAndIndexed()
        defer { fixture.remove() }
        // The last site still has the trips pages; the new one, made afresh, must not index them.
        try FileManager.default.removeItem(at: fixture.url("content/policies/trips"))
        #expect(await fixture.build(search: true).succeeded)
        let clean = try Fixture(files: [:])
        defer { clean.remove() }
        try FileManager.default.copyItem(at: fixture.url("content"), to: clean.url("content"))
        #expect(await clean.build(search: true).succeeded)
        let index = snapshotTree(fixture.output).filter { $0.key.hasPrefix("pagefind/") }
        #expect(!index.isEmpty)
        #expect(index == snapshotTree(clean.output).filter { $0.key.hasPrefix("pagefind/") })
    }

    /// Whether Pagefind is here; where the browser checks are required, its absence fails the test.
    private func pagefindIsInstalled(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard ExternalTool.pythonHas("pagefind_bin") else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind is missing",
                    sourceLocation: sourceLocation)
            return false
        }
        return true
    }

    /// The addresses of every page in a built site's search index, read from its fragments.
    private func indexedPages(_ fixture: Fixture) throws -> [String] {
        let script = """
            import gzip, json, pathlib, sys
            for fragment in sorted(pathlib.Path(sys.argv[1], "pagefind", "fragment").iterdir()):
                data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
                print(json.loads(data)["url"])
            """
        let result = try ExternalTool.run("python3", ["-c", script, fixture.output])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    /// A reader who searches lands on the page written for them or on the current full text:
    /// never on an earlier edition, a comparison, a list of changes or a form to print.
    @Test func theIndexHoldsEachReadersCurrentPagesAndTheCurrentTextOnly() async throws {
        guard pagefindIsInstalled() else { return }
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones").folder != nil)
        #expect(try await fixture.release("trips").folder != nil)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        #expect(try await fixture.release("trips").folder != nil)
        let built = await fixture.build(search: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        for page in ["policies/trips/1.0/index.html", "policies/trips/changes/index.html", "forms/trips/staff-sign-off/index.html"] {
            #expect(FileManager.default.fileExists(atPath: fixture.output + "/" + page), "\(page) is in the site")
        }
        let readers = ["staff", "families", "children/key-stage-1", "children/key-stage-2"]
        let expected = ["mobile-phones", "trips"].flatMap { policy in
            ["/policies/\(policy)/index.html"] + readers.map { "/\($0)/\(policy)/index.html" }
        }
        #expect(try indexedPages(fixture) == expected.sorted())
    }

    /// Which pages are searched does not hang on the templates: a school that restyles the staff
    /// page and leaves out the mark still has that page in the index, whole.
    @Test func aRestyledPageWithoutTheMarkIsStillIndexed() async throws {
        guard pagefindIsInstalled() else { return }
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones").folder != nil)
        let shipped = try String(contentsOfFile: Repository.templates + "/audience.mustache", encoding: .utf8)
        #expect(shipped.contains("<div data-pagefind-body>"))
        try fixture.write("own-templates/audience.mustache", shipped.replacingOccurrences(of: "<div data-pagefind-body>", with: "<div>"))
        let built = await fixture.build(templates: fixture.path("own-templates"), search: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let staff = try fixture.read("site/staff/mobile-phones/index.html")
        #expect(!staff.contains("data-pagefind-body"))
        let readers = ["staff", "families", "children/key-stage-1", "children/key-stage-2"]
        #expect(try indexedPages(fixture) == (["/policies/mobile-phones/index.html"] + readers.map { "/\($0)/mobile-phones/index.html" }).sorted())
    }

    /// A policy never approved cannot be found by a parent or pupil searching.
    @Test func aPolicyNeverReleasedIsNotInTheIndex() async throws {
        guard pagefindIsInstalled() else { return }
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones").folder != nil)
        let built = await fixture.build(search: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let pages = try indexedPages(fixture)
        #expect(!pages.isEmpty)
        #expect(pages.allSatisfy { $0.hasSuffix("/mobile-phones/index.html") }, "\(pages)")
    }

    @Test func withoutPagefindTheBuildSaysSoOnceAndHasNoSearch() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var options = HandbookBuild.Options(content: fixture.content, templates: Repository.templates, output: fixture.output)
        options.pagefind = .absent
        let result = await HandbookBuild.build(options)
        #expect(result.succeeded)
        fixture.expectNothingPrivate(result)
        let printed = result.diagnostics.printed
        #expect(printed.components(separatedBy: "the site has no search: Pagefind is not installed").count == 2, "\(printed)")
        #expect(printed.contains("\(fixture.output): note: the site has no search: Pagefind is not installed\n    hint: install it with `python3 -m pip install 'pagefind[bin]'` and build again"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/search"))
        #expect(try !fixture.read("site/index.html").contains("search/index.html"))
    }
}
