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

    /// Each search's results, all run in one browser: a query and the reader folder to narrow to ("" for everyone).
    private func search(_ fixture: Fixture, _ searches: [(query: String, reader: String)]) throws -> [[[String: String]]] {
        let result = try ExternalTool.run("python3", [Repository.root.appendingPathComponent(".ci/search_check.py").path,
                                                      fixture.output] + searches.flatMap { [$0.query, $0.reader] })
        #expect(result.status == 0, "\(result.stderr)")
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(answers.count == searches.count)
        return answers.map { answer in
            let console = answer["console"] as? [String] ?? []
            #expect(!console.contains { $0.contains("Content Security Policy") }, "\(console)")
            return answer["results"] as? [[String: String]] ?? []
        }
    }

    @Test func searchingPhoneFindsThePhoneRules() async throws {
        guard Self.available() else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind or the browser is missing")
            return
        }
        let fixture = try Fixture()
        defer { fixture.remove() }
        let built = await fixture.build(search: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/pagefind/pagefind.js"))
        #expect(try fixture.read("site/index.html").contains("action=\"search/index.html\""))

        let answers = try search(fixture, [("phone", ""), ("phone", "families/")])
        let everyone = try #require(answers.first), families = try #require(answers.last)
        #expect(!everyone.isEmpty)
        #expect(everyone.allSatisfy { $0["url"]?.contains("/mobile-phones/") == true }, "\(everyone)")
        #expect(everyone.contains { $0["excerpt"]?.lowercased().contains("phone") == true })

        #expect(families.count == 1)
        #expect(families.first?["url"]?.hasSuffix("/families/mobile-phones/index.html") == true)
        #expect(families.first?["reader"] == "Families")
    }

    @Test func theIndexAfterAPolicyIsRemovedHoldsNoPageOfIt() async throws {
        guard ExternalTool.pythonHas("pagefind_bin") else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind is missing")
            return
        }
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(await fixture.build(search: true).succeeded)
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
        guard ExternalTool.pythonHas("pagefind_bin") else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind is missing")
            return
        }
        let fixture = try Fixture()
        defer { fixture.remove() }
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

    @Test func withoutPagefindTheBuildSaysSoOnceAndHasNoSearch() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var options = HandbookBuild.Options(content: fixture.content, templates: Repository.templates, output: fixture.output)
        options.looksForPagefind = false
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
