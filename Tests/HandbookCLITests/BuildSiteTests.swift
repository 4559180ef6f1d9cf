import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport
import Testing

/// Builds real and fixture content with the binary and reads what it wrote.
struct BuildSiteTests {
    @Test func buildsEveryPageOfTheShippedContent() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let result = try HandbookRunner.run(["build", "--content", Repository.content, "--templates",
                                             Repository.templates, "--output", "site"], in: fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built 23 pages into site/"))
        let files = snapshotTree(fixture.output)
        for page in ["index.html", "staff/social-media/index.html", "parents/social-media/index.html",
                     "pupils/years-3-4/social-media/index.html", "pupils/years-5-6/social-media/index.html",
                     "policies/social-media/index.html", "policies/social-media/1.0/index.html",
                     "policies/social-media/1.1/index.html", "policies/social-media/1.2/index.html",
                     "policies/social-media/changes/index.html", "policies/social-media/changes/1.0/index.html",
                     "policies/social-media/changes/1.1/index.html",
                     "forms/social-media/staff-sign-off/index.html", "accessibility/index.html",
                     "forms/social-media/pupil-agreement-years-3-4/index.html",
                     "forms/social-media/pupil-agreement-years-5-6/index.html",
                     "staff/index.html", "parents/index.html", "pupils/years-3-4/index.html",
                     "pupils/years-5-6/index.html", "policies/index.html", "topics/index.html",
                     "assets/handbook.css"] {
            #expect(files[page] != nil, "missing \(page)")
        }
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture).status == 0)
        let first = snapshotTree(fixture.output)
        #expect(try HandbookRunner.build(fixture).status == 0)
        #expect(snapshotTree(fixture.output) == first)
        #expect(first.count > 5)
    }

    @Test func aDifferentSchoolWithTwoOtherPoliciesBuilds() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        let files = snapshotTree(fixture.output)
        let expected = ["staff", "families", "children/key-stage-1", "children/key-stage-2"].flatMap { view in
            ["mobile-phones", "trips"].map { "\(view)/\($0)/index.html" }
        } + ["policies/mobile-phones/index.html", "policies/trips/index.html", "index.html", "accessibility/index.html",
             "forms/mobile-phones/staff-sign-off/index.html", "forms/trips/staff-sign-off/index.html",
             "forms/mobile-phones/children-agreement-key-stage-1/index.html",
             "forms/mobile-phones/children-agreement-key-stage-2/index.html",
             "staff/index.html", "families/index.html", "children/key-stage-1/index.html",
             "children/key-stage-2/index.html", "policies/index.html", "topics/index.html"]
        for page in expected { #expect(files[page] != nil, "missing \(page)") }
        #expect(files.keys.filter { $0.hasSuffix(".html") }.count == expected.count)

        let index = try fixture.read("site/index.html")
        #expect(index.contains("Harbour Lane Primary School"))
        #expect(index.contains("children/key-stage-1/index.html"))
        #expect(!index.contains("Hasland"))

        let ks1 = try fixture.read("site/children/key-stage-1/mobile-phones/index.html")
        #expect(ks1.contains("I give my phone in at the gate."))
        #expect(ks1.contains("Version</dt><dd>2.3"))
        #expect(ks1.contains("../../../policies/mobile-phones/index.html#rule-hand-in-at-gate"))

        // The body's own `#` heading is shifted down so the page keeps a single h1.
        let policy = try fixture.read("site/policies/mobile-phones/index.html")
        #expect(policy.components(separatedBy: "<h1").count == 2)
        #expect(policy.contains("<h3 id=\"staff\">") && policy.contains("<h3 id=\"staff-2\">"))
    }

    @Test func filesNoLongerProducedAreRemoved() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture).status == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/staff/trips/index.html"))
        try FileManager.default.removeItem(at: fixture.url("content/policies/trips"))
        try fixture.write("site/stray.html", "left over")
        #expect(try HandbookRunner.build(fixture).status == 0)
        let files = snapshotTree(fixture.output)
        #expect(files["staff/trips/index.html"] == nil)
        #expect(files["stray.html"] == nil)
        #expect(files["staff/mobile-phones/index.html"] != nil)
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("site/precious.txt", "the office's own notes")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 1)
        #expect(result.stderr.contains("site: error: the folder site already holds files that handbook did not make"))
        #expect(try fixture.read("site/precious.txt") == "the office's own notes")
    }

    @Test func refusesAnOutputInsideTheContentFolder() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = try HandbookRunner.run(["build", "--no-search", "--content", "content", "--templates", Repository.templates,
                                             "--output", "content/site"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/site: error: the website folder content/site overlaps the folder content"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/content/site"))
    }

    @Test func aBuildKilledMidSwapIsRecoveredOnTheNextRun() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture).status == 0)
        let good = snapshotTree(fixture.output)
        // What a kill between "move the old site aside" and "move the new one in" leaves behind.
        try FileManager.default.moveItem(at: fixture.url("site"), to: fixture.url(".site.previous"))
        try fixture.write(".site.building/index.html", "half a site")
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: must", with: "kind: mustn't")
        let failed = try HandbookRunner.build(fixture)
        #expect(failed.status == 1)
        #expect(snapshotTree(fixture.output) == good)
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: mustn't", with: "kind: must")
        #expect(try HandbookRunner.build(fixture).status == 0)
        #expect(snapshotTree(fixture.output) == good)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/.site.building"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/.site.previous"))
    }

    @Test func checkReportsAndWritesNothing() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let clean = try HandbookRunner.run(["check", "--content", "content"], in: fixture.root)
        #expect(clean.status == 0, "\(clean.stderr)")
        try fixture.replace(in: "content/policies/trips/rules.yml", "applies-to: [staff]", with: "applies-to: [staf]")
        let json = try HandbookRunner.run(["check", "--content", "content", "--format", "json"], in: fixture.root)
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = (object?["diagnostics"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "content/policies/trips/rules.yml")
        #expect(diagnostics.first?["line"] as? Int == 3)
        #expect(diagnostics.first?["severity"] as? String == "error")
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("site", "not a folder")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 1)
        #expect(result.stderr.contains("site: error: site is a file, not a folder, so the website cannot be put there"))
        #expect(try fixture.read("site") == "not a folder")
    }
}
