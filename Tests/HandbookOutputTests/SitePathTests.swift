@testable import HandbookOutput
import Testing

@Suite struct SitePathTests {
    static let unsafe = ["", "/etc/passwd", "../outside.html", "a/../../b", "a/./b", "a//b", "a/", ".", "a\\b.html",
                         "a\u{0}b", ".handbook/build-cache.json", ".handbook-site"]

    @Test(arguments: unsafe) func unsafePathsAreRefusedByTheDiskSink(_ path: String) throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let sink = try StagedDiskOutput.open(output: scratch.join("site"), protecting: [])
        defer { sink.discard() }
        #expect(throws: OutputError(.unsafePath, path: path)) { try sink.write("x", to: path) }
        #expect(sink.files.isEmpty)
    }

    @Test(arguments: unsafe) func unsafePathsAreRefusedInMemory(_ path: String) {
        let sink = MemoryOutput()
        #expect(throws: OutputError(.unsafePath, path: path)) { try sink.write("x", to: path) }
        #expect(sink.snapshot.isEmpty)
    }

    @Test func ordinaryPathsAreAccepted() throws {
        for path in ["index.html", "policies/safeguarding/v1.2.html", ".well-known/security.txt", "a b/ü.html"] {
            try SitePath.check(path)
        }
    }
}
