import Foundation
import HandbookTestSupport
import Testing

/// What a build leaves on disk around its output folder, and what happens when builds overlap.
/// These need real processes: each build holds the output's lock for as long as it runs.
struct OutputFolderTests {
    @Test func aBuildLeavesOnlyTheSiteBesideIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let parent = fixture.url("published")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let build = { try HandbookRunner.run(["build", "--no-search", "--content", "content", "--templates", Repository.templates,
                                              "--output", "published/site"], in: fixture.root) }
        #expect(try build().status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
        #expect(try build().status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
        try fixture.replace(in: "content/policies/trips/rules.yml", "Write a risk assessment for every visit.", with: "Write a risk assessment before every visit.")
        #expect(try build().status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    /// Every build makes its site afresh: a file put in the site by hand, and the records an older
    /// version kept in `site/.handbook/`, are gone after the next build, which leaves exactly what
    /// a build into an empty folder does.
    @Test func aBuildLeavesNoFileInTheSiteThatItDidNotWrite() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let fresh = try Fixture()
        defer { fresh.remove() }
        #expect(try HandbookRunner.build(fresh).status == 0)
        let expected = snapshotTree(fresh.output)
        #expect(expected[".handbook-site"] != nil)

        #expect(try HandbookRunner.build(fixture).status == 0)
        try fixture.write("site/notes.txt", "put here by hand")
        try fixture.write("site/policies/trips/draft.html", "put here by hand")
        try fixture.write("site/.handbook/build-cache", "an older version's record")
        try fixture.write("site/.handbook/previous/staff/trips/index.html", "an older version's previous site")
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: must", with: "kind: mustt")
        #expect(try HandbookRunner.build(fixture).status == 1)
        #expect(try fixture.read("site/notes.txt") == "put here by hand", "a failed build leaves the site as it was")
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: mustt", with: "kind: must")

        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(snapshotTree(fixture.output) == expected)
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/.handbook"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).sorted() == ["content", "site"])
    }

    @Test func concurrentBuildsEachPublishAWholeSite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let clean = try Fixture()
        defer { clean.remove() }
        #expect(try HandbookRunner.build(clean).status == 0)
        let expected = snapshotTree(clean.output)
        for _ in 0..<3 {
            try? FileManager.default.removeItem(atPath: fixture.output)
            let root = fixture.root
            let arguments = ["build", "--no-search", "--content", "content", "--templates", Repository.templates, "--output", "site"]
            let results = try await withThrowingTaskGroup(of: HandbookRunner.Result.self) { group in
                for _ in 0..<3 { group.addTask { try HandbookRunner.run(arguments, in: root) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
            #expect(snapshotTree(fixture.output) == expected)
            let beside = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
            #expect(!beside.contains { $0.hasPrefix(".site") })
        }
    }
}
