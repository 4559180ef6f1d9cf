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
