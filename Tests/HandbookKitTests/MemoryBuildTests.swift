import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// A build into memory, as the preview server makes one: the same pages as on disk, nothing written.
struct MemoryBuildTests {
    @Test func buildsTheSamePagesAsTheDiskBuildWithoutWritingAnything() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var options = HandbookBuild.Options(content: fixture.content, templates: Repository.templates, output: fixture.output)
        // A build in memory has no search index; compare it with a disk build without one.
        options.search = false
        let memory = await HandbookBuild.buildInMemory(options)
        #expect(memory.report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
        let disk = await HandbookBuild.build(options)
        #expect(disk.succeeded)
        fixture.expectNothingPrivate(disk)
        let written = snapshotTree(fixture.output).filter { $0.key != ".handbook-site" }
        #expect(memory.files.mapValues { Data($0) } == written)
        #expect(memory.report.pageCount == disk.pageCount)
    }

    @Test func contentErrorsLeaveNoPages() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/rules.yml", "kind: must", with: "kind: mustt")
        let memory = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                             output: fixture.output))
        #expect(memory.files.isEmpty)
        #expect(memory.report.diagnostics.contains { $0.severity == .error && $0.location.file.hasSuffix("trips/rules.yml") })
    }
}
