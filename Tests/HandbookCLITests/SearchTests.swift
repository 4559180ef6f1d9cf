import Foundation
import HandbookTestSupport
import Testing

/// Search on a served site: the build indexes it with Pagefind, and the search page finds the
/// rules a reader asks about, narrowed to one reader when they wish.
struct SearchTests {
    private static func available() -> Bool {
        let probe = try? HandbookRunner.runTool("python3", ["-c", "import pagefind_bin, selenium"])
        return probe?.status == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
    }

    private func search(_ fixture: Fixture, _ query: String, reader: String = "") throws -> [[String: String]] {
        let result = try HandbookRunner.runTool("python3", [Repository.root.appendingPathComponent(".ci/search_check.py").path,
                                                            fixture.output, query, reader])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let console = object["console"] as? [String] ?? []
        #expect(!console.contains { $0.contains("Content Security Policy") }, "\(console)")
        return object["results"] as? [[String: String]] ?? []
    }

    @Test func searchingPhoneFindsThePhoneRules() throws {
        guard Self.available() else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind or the browser is missing")
            return
        }
        let fixture = try Fixture()
        defer { fixture.remove() }
        let built = try HandbookRunner.build(fixture, search: true)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/pagefind/pagefind.js"))
        #expect(try fixture.read("site/index.html").contains("action=\"search/index.html\""))

        let everyone = try search(fixture, "phone")
        #expect(!everyone.isEmpty)
        #expect(everyone.allSatisfy { $0["url"]?.contains("/mobile-phones/") == true }, "\(everyone)")
        #expect(everyone.contains { $0["excerpt"]?.lowercased().contains("phone") == true })

        let families = try search(fixture, "phone", reader: "families/")
        #expect(families.count == 1)
        #expect(families.first?["url"]?.hasSuffix("/families/mobile-phones/index.html") == true)
        #expect(families.first?["reader"] == "Families")
    }

    @Test func theIndexAfterAPolicyIsRemovedHoldsNoPageOfIt() throws {
        guard (try? HandbookRunner.runTool("python3", ["-c", "import pagefind_bin"]))?.status == 0 else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind is missing")
            return
        }
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture, search: true).status == 0)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        #expect(try HandbookRunner.build(fixture, search: true).status == 0)
        // The last site still has the trips pages; the new one, made afresh, must not index them.
        try FileManager.default.removeItem(at: fixture.url("content/policies/trips"))
        #expect(try HandbookRunner.build(fixture, search: true).status == 0)
        let clean = try Fixture(files: [:])
        defer { clean.remove() }
        try FileManager.default.copyItem(at: fixture.url("content"), to: clean.url("content"))
        #expect(try HandbookRunner.build(clean, search: true).status == 0)
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
        let result = try HandbookRunner.runTool("python3", ["-c", script, fixture.output])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    /// A reader who searches lands on the page written for them or on the current full text:
    /// never on an earlier edition, a comparison, a list of changes or a form to print.
    @Test func theIndexHoldsEachReadersCurrentPagesAndTheCurrentTextOnly() throws {
        guard (try? HandbookRunner.runTool("python3", ["-c", "import pagefind_bin"]))?.status == 0 else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind is missing")
            return
        }
        let fixture = try Fixture()
        defer { fixture.remove() }
        let release = ["release", "trips", "--content", "content", "--date", "2024-07-01"]
        #expect(try HandbookRunner.run(release, in: fixture.root).status == 0)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        #expect(try HandbookRunner.run(release, in: fixture.root).status == 0)
        let built = try HandbookRunner.build(fixture, search: true)
        #expect(built.status == 0, "\(built.stderr)")
        for page in ["policies/trips/1.0/index.html", "policies/trips/changes/index.html", "forms/trips/staff-sign-off/index.html"] {
            #expect(FileManager.default.fileExists(atPath: fixture.output + "/" + page), "\(page) is in the site")
        }
        let readers = ["staff", "families", "children/key-stage-1", "children/key-stage-2"]
        let expected = ["mobile-phones", "trips"].flatMap { policy in
            ["/policies/\(policy)/index.html"] + readers.map { "/\($0)/\(policy)/index.html" }
        }
        #expect(try indexedPages(fixture) == expected.sorted())
    }

    @Test func withoutPagefindTheBuildSaysSoOnceAndHasNoSearch() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // A PATH without Python hides Pagefind from the build.
        let process = Process()
        process.executableURL = HandbookRunner.executable
        process.arguments = ["build", "--content", "content", "--templates", Repository.templates, "--output", "site"]
        process.currentDirectoryURL = fixture.root
        process.environment = ["PATH": "/nonexistent"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(stderr.components(separatedBy: "the site has no search: Pagefind is not installed").count == 2, "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/search"))
        #expect(try !fixture.read("site/index.html").contains("search/index.html"))
    }
}
