import Foundation
@testable import HandbookOutput
import Testing

/// Reading a file of the build's records: its bytes whole, and nothing at all for what is not a
/// regular file, without waiting on a pipe put in its place.
@Suite struct DiskReadTests {
    @Test func readsAFileWholeWhateverItsSize() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        for size in [0, 1, 4_095, 65_536, 3_000_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
            let path = scratch.join("record-\(size)")
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            #expect(Disk.read(path) == bytes, "\(size) bytes")
        }
    }

    @Test func whatIsNotARegularFileReadsAsNothing() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("x", to: "folder/file")
        #expect(Disk.read(scratch.join("folder")) == nil)
        #expect(Disk.read(scratch.join("missing")) == nil)
        #expect(mkfifo(scratch.join("pipe"), 0o644) == 0)
        #expect(Disk.read(scratch.join("pipe")) == nil)
        #expect(symlink(scratch.join("folder/file"), scratch.join("link")) == 0)
        #expect(Disk.read(scratch.join("link")) == Array("x".utf8))
    }
}
