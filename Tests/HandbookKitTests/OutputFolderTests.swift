import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// What a build leaves on disk around its output folder.
struct OutputFolderTests {
    @Test func aBuildLeavesOnlyTheSiteBesideIt() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let parent = fixture.url("published")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let output = fixture.path("published/site")
        #expect(await fixture.build(output: output).succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
        #expect(await fixture.build(output: output).succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
        try fixture.replace(in: "content/policies/trips/rules.yml", "Write a risk assessment for every visit.", with: "Write a risk assessment before every visit.")
        #expect(await fixture.build(output: output).succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    /// Every build makes its site afresh: a file put in the site by hand, and the records an older
    /// version kept in `site/.handbook/`, are gone after the next build, which leaves exactly what
    /// a build into an empty folder does.
    @Test func aBuildLeavesNoFileInTheSiteThatItDidNotWrite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let fresh = try Fixture()
        defer { fresh.remove() }
        #expect(await fresh.build().succeeded)
        let expected = snapshotTree(fresh.output)
        #expect(expected[".handbook-site"] != nil)

        #expect(await fixture.build().succeeded)
        try fixture.write("site/notes.txt", "put here by hand")
        try fixture.write("site/policies/trips/draft.html", "put here by hand")
        try fixture.write("site/.handbook/build-cache", "an older version's record")
        try fixture.write("site/.handbook/previous/staff/trips/index.html", "an older version's previous site")
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: must", with: "kind: mustt")
        #expect(!(await fixture.build().succeeded))
        #expect(try fixture.read("site/notes.txt") == "put here by hand", "a failed build leaves the site as it was")
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: mustt", with: "kind: must")

        let result = await fixture.build()
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        #expect(snapshotTree(fixture.output) == expected)
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/.handbook"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).sorted() == ["content", "site"])
    }
}
