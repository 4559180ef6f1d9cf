import Foundation
@testable import HandbookOutput
import Testing

/// Removing an old site: everything under it goes, and nothing a link inside it points to.
struct TreeRemovalTests {
    private func makeSite(in scratch: ScratchFolder, pages: Int) throws {
        for index in 0..<pages {
            try scratch.write("page \(index)", to: "old/policies/p\(index % 7)/v\(index)/index.html")
        }
        try scratch.write("home", to: "old/index.html")
        try scratch.write("keep me", to: "outside/precious.txt")
        try FileManager.default.createSymbolicLink(atPath: scratch.join("old/policies/p0/linked-folder"),
                                                   withDestinationPath: scratch.join("outside"))
        try FileManager.default.createSymbolicLink(atPath: scratch.join("old/linked-file"),
                                                   withDestinationPath: scratch.join("outside/precious.txt"))
    }

    @Test(arguments: [false, true])
    func aWholeTreeGoesButWhatItLinksToStays(inParallel: Bool) throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try makeSite(in: scratch, pages: 60)
        let removed = inParallel ? Disk.removeInParallel(scratch.join("old")) : Disk.remove(scratch.join("old"))
        #expect(removed)
        #expect(scratch.names() == ["outside"])
        #expect(scratch.text("outside/precious.txt") == "keep me")
    }

    @Test func aFileOrNothingIsRemovedToo() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("x", to: "file.txt")
        #expect(Disk.remove(scratch.join("file.txt")))
        #expect(Disk.remove(scratch.join("nothing-here")))
        #expect(Disk.removeInParallel(scratch.join("nothing-here")))
        #expect(scratch.names().isEmpty)
    }
}
