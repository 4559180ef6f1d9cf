@testable import HandbookOutput
import Testing

@Suite struct SitePathTests {
    static let unsafe = ["", "/etc/passwd", "../outside.html", "a/../../b", "a/./b", "a//b", "a/", ".", "a\\b.html",
                         "a\u{0}b", ".handbook-site"]

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

    /// The rule as first written, splitting characters: ASCII paths are now checked on bytes,
    /// and must be judged the same, as must the rest.
    private func reference(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && path != SiteMarker.name
            && parts.allSatisfy { part in
                !part.isEmpty && part != "." && part != ".." && !part.utf8.contains(0)
                    && !part.utf8.contains(UInt8(ascii: "\\")) && !part.utf8.contains(UInt8(ascii: "/"))
            }
    }

    @Test func generatedPathsAreJudgedAsTheCharacterRuleJudgesThem() {
        let pieces = ["a", "b.html", ".", "..", "/", "//", "\\", "\u{0}", "é", "\u{301}", ".handbook-site", " ", "-", "x"]
        var state: UInt64 = 7
        for _ in 0..<5_000 {
            var path = ""
            for _ in 0..<Int(state % 7) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                path += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            #expect(((try? SitePath.check(path)) != nil) == reference(path), "\(path.unicodeScalars.map(\.value))")
        }
        // A slash joined by a mark is no separator, so the name holds a slash.
        #expect((try? SitePath.check("a/\u{301}b")) == nil)
    }
}
