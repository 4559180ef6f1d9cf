import Foundation
import HandbookModel
import Testing

struct RealPathTests {
    @Test func followsEveryLinkOfAPathThatDoesNotExistYet() throws {
        let top = try #require(Self.scratch())
        defer { try? FileManager.default.removeItem(atPath: top) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: top + "/real/inner", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: top + "/link", withDestinationPath: "real")
        // A link to something not there yet: a write through it would make the target.
        try fm.createSymbolicLink(atPath: top + "/real/inner/dangling", withDestinationPath: top + "/elsewhere/new")

        #expect(RealPath.of(top + "/link/inner") == top + "/real/inner")
        #expect(RealPath.of(top + "/link/inner/not-yet/../file.html") == top + "/real/inner/file.html")
        #expect(RealPath.of(top + "/link/inner/dangling/page.html") == top + "/elsewhere/new/page.html")
        #expect(RealPath.of(top + "/link/./inner//x") == top + "/real/inner/x")
    }

    @Test func aLoopOfLinksEndsWithTheNamesAsWritten() throws {
        let top = try #require(Self.scratch())
        defer { try? FileManager.default.removeItem(atPath: top) }
        try FileManager.default.createSymbolicLink(atPath: top + "/loop", withDestinationPath: "loop")
        #expect(RealPath.of(top + "/loop/x").hasSuffix("/loop/x"))
    }

    /// A new folder, with its own path already real (the system's temporary folder may be a link).
    private static func scratch() -> String? {
        var template = Array((NSTemporaryDirectory() + "/handbook-realpath-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { return nil }
        return RealPath.of(String(cString: made))
    }
}
