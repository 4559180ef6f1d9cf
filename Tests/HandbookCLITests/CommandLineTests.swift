import Foundation
import HandbookTestSupport
import Testing

/// What only a process shows: how the command ends, what it prints where, and builds that run at
/// the same time in separate processes.
struct CommandLineTests {
    /// A build that succeeds exits 0, says what it built and prints its warnings; one that finds an
    /// error exits 1, prints each finding at its file and line (as given on the command line) and
    /// the count to standard error, nothing to standard output, and leaves the site as it was.
    @Test func aBuildExitsZeroWhenItSucceedsAndOneWithTheFileAndLineWhenItFindsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let built = try HandbookRunner.build(fixture, extra: ["--today", "2024-06-01", "--drafts"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout == "Built 23 pages into site/\n")
        let unreleased = "content/policies/trips/policy.md:1: warning: `trips` has no released edition yet, so it is not published; `build --drafts` and `serve --drafts` show it marked as a draft\n"
            + "    hint: when it is approved, run `handbook release trips --version 1.0`\n"
        #expect(built.stderr.hasSuffix(unreleased), "\(built.stderr)")
        #expect(!built.stderr.contains("error"))
        let site = snapshotTree(fixture.output)

        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: must", with: "kind: mustt")
        let failed = try HandbookRunner.build(fixture, extra: ["--today", "2024-06-01", "--drafts"])
        #expect(failed.status == 1)
        #expect(failed.stdout.isEmpty)
        // The error comes first, before the warnings that were printed alone above.
        #expect(failed.stderr.hasPrefix("content/policies/trips/rules.yml:4:9: error: `mustt` is not a kind of rule\n"
                                        + "    hint: did you mean `must`? use one of `must`, `must-not`, `should`, `info`\n"),
                "\(failed.stderr)")
        #expect(failed.stderr.contains("\n" + unreleased), "\(failed.stderr)")
        #expect(failed.stderr.hasSuffix("\n1 error, 2 warnings\n"), "\(failed.stderr)")
        #expect(snapshotTree(fixture.output) == site)
    }

    /// Builds in separate processes wait for each other through the output's lock. In one process
    /// a build waiting on the lock would hold a thread of the shared pool the others need.
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
