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

/// Rebuilds keep what did not change, and always end with exactly what a clean build makes.
struct IncrementalBuildTests {
    /// Inode and modification time of every file: a file that was rewritten gets a new inode.
    private func identities(_ fixture: Fixture) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in snapshotTree(fixture.output).keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: fixture.output + "/" + path)
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            result[path] = "\(inode) \(modified)"
        }
        return result
    }

    private func cleanBuild(of fixture: Fixture) throws -> [String: Data] {
        let clean = try Fixture(files: [:])
        defer { clean.remove() }
        try FileManager.default.copyItem(at: fixture.url("content"), to: clean.url("content"))
        #expect(try HandbookRunner.build(clean).status == 0)
        return snapshotTree(clean.output)
    }

    @Test func aSecondBuildWithNoChangeWritesNothing() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture).status == 0)
        let before = try identities(fixture)
        let again = try HandbookRunner.build(fixture)
        #expect(again.status == 0)
        #expect(again.stdout.contains("site/ is up to date (22 pages): nothing changed, nothing written"))
        #expect(again.stderr.contains("has no released edition yet"), "warnings are shown again: \(again.stderr)")
        #expect(try identities(fixture) == before)
    }

    @Test func editingOnePolicyRendersOnlyItsPages() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture).status == 0)
        let before = try identities(fixture)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0)
        #expect(result.stdout.contains("(14 rendered, the rest unchanged)"), "\(result.stdout)")
        let after = try identities(fixture)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        let shared: Set = ["index.html", "accessibility/index.html", "policies/index.html", "staff/index.html",
                           "families/index.html", "children/key-stage-1/index.html", "children/key-stage-2/index.html",
                           "topics/index.html", "search/index.html"]
        #expect(changed.allSatisfy { $0.contains("/trips/") || shared.contains($0) || $0.hasPrefix("assets/") || $0.hasPrefix("pagefind/") || $0 == ".handbook-site" },
                "only trips pages and shared pages should be rewritten: \(changed.sorted())")
        #expect(after["staff/mobile-phones/index.html"] == before["staff/mobile-phones/index.html"])
        #expect(after["policies/trips/index.html"] != before["policies/trips/index.html"])
        #expect(snapshotTree(fixture.output) == (try cleanBuild(of: fixture)))
    }

    @Test func aTemplateChangeRebuildsEveryPageThatUsesIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        let build = { try HandbookRunner.run(["build", "--no-search", "--content", "content", "--templates", "templates", "--output", "site"],
                                             in: fixture.root) }
        #expect(try build().status == 0)
        for template in ["audience", "parents"] {
            try fixture.replace(in: "templates/\(template).mustache", "<p class=\"eyebrow\">For {{>reader-name}}</p>",
                                with: "<p class=\"eyebrow\">Written for {{>reader-name}}</p>")
        }
        let result = try build()
        #expect(result.status == 0)
        #expect(result.stdout.contains("Built 22 pages into site/") && !result.stdout.contains("unchanged"))
        for view in ["staff", "families"] {
            for policy in ["mobile-phones", "trips"] {
                #expect(try fixture.read("site/\(view)/\(policy)/index.html").contains("Written for"))
            }
        }
        let clean = try Fixture(files: [:])
        defer { clean.remove() }
        try FileManager.default.copyItem(at: fixture.url("content"), to: clean.url("content"))
        try FileManager.default.copyItem(at: fixture.url("templates"), to: clean.url("templates"))
        #expect(try HandbookRunner.run(["build", "--no-search", "--content", "content", "--templates", "templates", "--output", "site"],
                                       in: clean.root).status == 0)
        #expect(snapshotTree(fixture.output) == snapshotTree(clean.output))
    }

    @Test func pagesDeletedOrEditedByHandAreMadeAgain() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture).status == 0)
        try FileManager.default.removeItem(at: fixture.url("site/staff/trips/index.html"))
        try fixture.write("site/families/mobile-phones/index.html", "edited by hand")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("up to date"))
        #expect(snapshotTree(fixture.output) == (try cleanBuild(of: fixture)))
    }

    @Test func aFailedBuildNeverWritesThroughToTheLiveSite() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture).status == 0)
        // With its last page missing, the unchanged policy's pages are linked from the live site
        // and then, when the link fails for that page, all made again; a broken second policy
        // then makes the build fail. The live files must not have been written through the links.
        try FileManager.default.removeItem(at: fixture.url("site/children/key-stage-2/mobile-phones/index.html"))
        let before = try identities(fixture)
        let contents = snapshotTree(fixture.output)
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: must", with: "kind: note")
        #expect(try HandbookRunner.build(fixture).status == 1)
        #expect(try identities(fixture) == before)
        #expect(snapshotTree(fixture.output) == contents)
    }

    @Test func aRebuildAfterOnePolicysReleaseEqualsACleanBuild() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.build(fixture).status == 0)
        let release = ["release", "trips", "--content", "content", "--date", "2024-07-01"]
        #expect(try HandbookRunner.run(release, in: fixture.root).status == 0)
        #expect(try HandbookRunner.build(fixture).status == 0)
        let before = try identities(fixture)
        try fixture.replace(in: "content/policies/trips/policy.md", "Every visit is planned", with: "Every visit is carefully planned")
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        #expect(try HandbookRunner.run(release, in: fixture.root).status == 0)
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("has no released edition yet"), "a kept policy's warnings are shown again: \(result.stderr)")
        let after = try identities(fixture)
        #expect(after["staff/mobile-phones/index.html"] == before["staff/mobile-phones/index.html"])
        #expect(after["policies/trips/1.1/index.html"] != nil)
        #expect(snapshotTree(fixture.output) == (try cleanBuild(of: fixture)))
        // The build started from the site it replaced, which it keeps for the next one: an
        // unchanged page is one file in both.
        let page = "staff/mobile-phones/index.html"
        let live = try FileManager.default.attributesOfItem(atPath: fixture.output + "/" + page)
        let previous = try FileManager.default.attributesOfItem(atPath: fixture.output + "/.handbook/previous/" + page)
        #expect((live[.systemFileNumber] as? NSNumber) == (previous[.systemFileNumber] as? NSNumber))
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/.handbook/previous/policies/trips/1.1/index.html"))
    }

    @Test func aKeptPageWhoseLinkLostItsAnchorFailsAsACleanBuildDoes() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent for each visit in writing.",
                            with: "Families give consent for each visit in writing.\n\nSee [what children may bring](mobile-phones#children).")
        #expect(try HandbookRunner.build(fixture).status == 0)
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "## Children", with: "## Pupils")
        let incremental = try HandbookRunner.build(fixture)
        #expect(incremental.status == 1)
        #expect(incremental.stderr.contains("has no `#children` on it"), "\(incremental.stderr)")
        let clean = try HandbookRunner.build(fixture, extra: ["--clean"])
        #expect(clean.status == 1)
        #expect(clean.stderr.contains("has no `#children` on it"), "\(clean.stderr)")
    }

    @Test func addingAPolicyRelinksTheOthersAsACleanBuildWould() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "Families give consent for each visit in writing.",
                            with: "Families give consent for each visit in writing.\n\nSee the [first aid policy](first-aid).")
        #expect(try HandbookRunner.build(fixture).status == 0)
        #expect(!(try fixture.read("site/policies/trips/index.html")).contains("policies/first-aid/"))
        try fixture.write("content/policies/first-aid/policy.md", SampleContent.tripsPolicy.replacingOccurrences(of: "Educational Visits", with: "First Aid"))
        try fixture.write("content/policies/first-aid/rules.yml", SampleContent.tripsRules)
        #expect(try HandbookRunner.build(fixture).status == 0)
        #expect(try fixture.read("site/policies/trips/index.html").contains("<a href=\"../../policies/first-aid/index.html\">first aid policy</a>"))
        #expect(snapshotTree(fixture.output) == (try cleanBuild(of: fixture)))
        try FileManager.default.removeItem(at: fixture.url("content/policies/first-aid"))
        let removed = try HandbookRunner.build(fixture)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(snapshotTree(fixture.output) == (try cleanBuild(of: fixture)))
    }
}

/// An incremental build refuses whatever a clean build refuses: its fingerprint of the content
/// covers folders, empty ones too, and symbolic links with what they lead to.
struct IncrementalBuildRefusalTests {
    private func builtOnce() throws -> Fixture {
        let fixture = try Fixture()
        #expect(try HandbookRunner.build(fixture).status == 0)
        #expect(try HandbookRunner.build(fixture).stdout.contains("up to date"))
        return fixture
    }

    private func expectBothRefuse(_ fixture: Fixture, saying message: String) throws {
        let incremental = try HandbookRunner.build(fixture)
        #expect(incremental.status == 1)
        #expect(incremental.stderr.contains(message), "\(incremental.stderr)")
        let clean = try HandbookRunner.build(fixture, extra: ["--clean"])
        #expect(clean.status == 1)
        #expect(clean.stderr.contains(message))
    }

    @Test func anEmptyVersionFolder() throws {
        let fixture = try builtOnce()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.url("content/policies/trips/versions/1.3"),
                                                withIntermediateDirectories: true)
        try expectBothRefuse(fixture, saying: "content/policies/trips/versions/1.3: error: released edition 1.3 of `trips` has no edition.yml")
    }

    @Test func aFileReplacedByALinkToOutsideTheContent() throws {
        let fixture = try builtOnce()
        defer { fixture.remove() }
        let outside = fixture.url("elsewhere/rules.yml")
        try FileManager.default.createDirectory(at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: fixture.url("content/policies/trips/rules.yml"), to: outside)
        try FileManager.default.createSymbolicLink(at: fixture.url("content/policies/trips/rules.yml"), withDestinationURL: outside)
        try expectBothRefuse(fixture, saying: "content/policies/trips/rules.yml: error: this file is a link to a place outside the content folder")
    }

    @Test func anEditThroughALinkedFolder() throws {
        let fixture = try builtOnce()
        defer { fixture.remove() }
        let outside = fixture.url("elsewhere/trips")
        try FileManager.default.createDirectory(at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: fixture.url("content/policies/trips"), to: outside)
        try FileManager.default.createSymbolicLink(at: fixture.url("content/policies/trips"), withDestinationURL: outside)
        let linked = try HandbookRunner.build(fixture)
        let clean = try HandbookRunner.build(fixture, extra: ["--clean"])
        #expect(linked.status == clean.status)
        try "changed".write(to: outside.appendingPathComponent("rules.yml"), atomically: true, encoding: .utf8)
        let edited = try HandbookRunner.build(fixture)
        let cleanEdited = try HandbookRunner.build(fixture, extra: ["--clean"])
        #expect(edited.status == 1 && cleanEdited.status == 1)
        #expect(!edited.stdout.contains("up to date"))
    }
}
