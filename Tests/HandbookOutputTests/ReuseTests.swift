import Foundation
@testable import HandbookOutput
import Testing

@Suite struct ReuseTests {
    @Test func anUnchangedFileIsHardLinkedAndNeverWrittenThrough() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let first = try StagedDiskOutput.open(output: output, protecting: [])
        try first.write("kept", to: "policies/kept.html")
        try first.write("old", to: "policies/changed.html")
        try first.commit()
        let stamps = first.files

        let second = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(second.reuse("policies/kept.html", stamp: stamps["policies/kept.html"]))
        #expect(second.reuse("policies/changed.html", stamp: stamps["policies/changed.html"]))
        let live = try #require(try Disk.status(output + "/policies/kept.html"))
        let staged = try #require(try Disk.status(second.staging + "/policies/kept.html"))
        #expect(live.st_ino == staged.st_ino)
        #expect(live.st_nlink == 2)

        // Writing over a reused path makes a new file: the live site's page stays as it was.
        try second.write("new", to: "policies/changed.html")
        #expect(scratch.text("site/policies/changed.html") == "old")
        try second.commit()
        #expect(scratch.text("site/policies/changed.html") == "new")
        #expect(scratch.text("site/policies/kept.html") == "kept")
        #expect(second.files["policies/kept.html"] == stamps["policies/kept.html"])
        #expect(second.files == StagedDiskOutput.listFiles(under: output))
    }

    @Test func aFileWhoseStampChangedIsNotReused() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let first = try StagedDiskOutput.open(output: output, protecting: [])
        try first.write("made by the build", to: "index.html")
        try first.commit()
        try scratch.write("edited by hand", to: "site/index.html")

        let second = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(!second.reuse("index.html", stamp: first.files["index.html"]))
        #expect(!second.reuse("missing.html", stamp: first.files["index.html"]))
        #expect(!second.reuse("index.html", stamp: nil))
        #expect(!second.reuse("../site/index.html", stamp: first.files["index.html"]))
        #expect(second.files.isEmpty)
        second.discard()
    }
}
