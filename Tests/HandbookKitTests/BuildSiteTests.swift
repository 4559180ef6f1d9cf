import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Builds real and fixture content through the façade and reads what it wrote.
struct BuildSiteTests {
    @Test func buildsEveryPageOfTheShippedContent() async throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        // Without the search page, which needs Pagefind: the search tests build that.
        let result = await fixture.build(content: Repository.content)
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        #expect(result.doneMessage(output: "site") == "Built 23 pages into site/")
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
                     "pupils/years-5-6/index.html", "policies/index.html", "topics/index.html", "404.html",
                     "assets/handbook.css"] {
            #expect(files[page] != nil, "missing \(page)")
        }
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(await fixture.build().succeeded)
        let first = snapshotTree(fixture.output)
        #expect(await fixture.build().succeeded)
        #expect(snapshotTree(fixture.output) == first)
        #expect(first.count > 5)
    }

    @Test func aDifferentSchoolWithTwoOtherPoliciesBuilds() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = await fixture.build(drafts: true)
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        let files = snapshotTree(fixture.output)
        let expected = ["staff", "families", "children/key-stage-1", "children/key-stage-2"].flatMap { view in
            ["mobile-phones", "trips"].map { "\(view)/\($0)/index.html" }
        } + ["policies/mobile-phones/index.html", "policies/trips/index.html", "index.html", "accessibility/index.html",
             "forms/mobile-phones/staff-sign-off/index.html", "forms/trips/staff-sign-off/index.html",
             "forms/mobile-phones/children-agreement-key-stage-1/index.html",
             "forms/mobile-phones/children-agreement-key-stage-2/index.html",
             "staff/index.html", "families/index.html", "children/key-stage-1/index.html",
             "children/key-stage-2/index.html", "policies/index.html", "topics/index.html", "404.html"]
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

    @Test func filesNoLongerProducedAreRemoved() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(await fixture.build(drafts: true).succeeded)
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/staff/trips/index.html"))
        try FileManager.default.removeItem(at: fixture.url("content/policies/trips"))
        try fixture.write("site/stray.html", "left over")
        #expect(await fixture.build(drafts: true).succeeded)
        let files = snapshotTree(fixture.output)
        #expect(files["staff/trips/index.html"] == nil)
        #expect(files["stray.html"] == nil)
        #expect(files["staff/mobile-phones/index.html"] != nil)
    }

    @Test func refusesToReplaceAFolderItDidNotMake() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("site/precious.txt", "the office's own notes")
        let result = await fixture.build()
        #expect(!result.succeeded)
        #expect(result.diagnostics.printed.contains("\(fixture.output): error: the folder \(fixture.output) already holds files that handbook did not make"))
        #expect(try fixture.read("site/precious.txt") == "the office's own notes")
    }

    @Test func refusesAnOutputInsideTheContentFolder() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let output = fixture.content + "/site"
        let result = await fixture.build(output: output)
        #expect(!result.succeeded)
        #expect(result.diagnostics.printed.contains("\(output): error: the website folder \(output) overlaps the folder \(fixture.content)"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/content/site"))
    }

    @Test func aBuildKilledMidSwapIsRecoveredOnTheNextRun() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(await fixture.build().succeeded)
        let good = snapshotTree(fixture.output)
        // What a kill between "move the old site aside" and "move the new one in" leaves behind.
        try FileManager.default.moveItem(at: fixture.url("site"), to: fixture.url(".site.previous"))
        try fixture.write(".site.building/index.html", "half a site")
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: must", with: "kind: mustn't")
        #expect(!(await fixture.build().succeeded))
        #expect(snapshotTree(fixture.output) == good)
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: mustn't", with: "kind: must")
        #expect(await fixture.build().succeeded)
        #expect(snapshotTree(fixture.output) == good)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/.site.building"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/.site.previous"))
    }

    @Test func checkReportsAndWritesNothing() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let clean = await HandbookBuild.check(content: fixture.content)
        #expect(!clean.diagnostics.hasErrors, "\(clean.diagnostics.printed)")
        // Two policies still to release, and no contact in the accessibility statement.
        #expect(clean.doneMessage(content: "content") == "No errors in content/ (3 warnings)", "\(clean.diagnostics.printed)")
        for policy in ["mobile-phones", "trips"] { #expect(try await fixture.release(policy).folder != nil) }
        let released = await HandbookBuild.check(content: fixture.content)
        #expect(released.doneMessage(content: "content") == "No errors in content/ (1 warning)", "\(released.diagnostics.printed)")
        #expect(released.diagnostics.map(\.code) == ["accessibility-contact"])
        try fixture.replace(in: "content/policies/trips/rules.yml", "applies-to: [staff]", with: "applies-to: [staf]")
        let report = await HandbookBuild.check(content: fixture.content)
        #expect(report.diagnostics.hasErrors)
        let json = DiagnosticFormatter.json(report.diagnostics, readability: report.readability)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let diagnostics = (object?["diagnostics"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == fixture.content + "/policies/trips/rules.yml")
        #expect(diagnostics.first?["line"] as? Int == 3)
        #expect(diagnostics.first?["severity"] as? String == "error")
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }

    @Test func anOutputPathThatIsAFileIsRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("site", "not a folder")
        let result = await fixture.build()
        #expect(!result.succeeded)
        #expect(result.diagnostics.printed.contains("\(fixture.output): error: \(fixture.output) is a file, not a folder, so the website cannot be put there"))
        #expect(try fixture.read("site") == "not a folder")
    }
}
