import Foundation
@testable import HandbookOutput
import Synchronization
import Testing

/// A 64 KiB file system, which only root may mount; where it cannot be, the test is skipped.
enum TinyDisk {
    static let canMount: Bool = {
        guard let scratch = try? ScratchFolder() else { return false }
        defer { scratch.remove() }
        guard mount(scratch.path) else { return false }
        unmount(scratch.path)
        return true
    }()

    static func mount(_ folder: String) -> Bool {
        run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder])
    }

    static func unmount(_ folder: String) {
        _ = run("/bin/umount", [folder])
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

@Suite struct DiskFullTests {
    @Test(.enabled(if: TinyDisk.canMount, "mounting a 64 KiB tmpfs needs root; skipped where mount is refused"))
    func aFullDiskIsOneErrorAndTheOldSiteStays() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        #expect(TinyDisk.mount(scratch.path))
        defer { TinyDisk.unmount(scratch.path) }
        let output = scratch.join("site")
        try buildSite(output, build: "old")
        let before = scratch.files("site")

        let sink = try StagedDiskOutput.open(output: output, protecting: [])
        let page = [UInt8](repeating: UInt8(ascii: "x"), count: 8192)
        let errors = Mutex<[OutputError]>([])
        DispatchQueue.concurrentPerform(iterations: 43) { index in
            do throws(OutputError) {
                try sink.write(page, to: "policies/\(index).html")
            } catch {
                errors.withLock { $0.append(error) }
            }
        }
        let found = errors.withLock { $0 }
        let reported = found.filter { !$0.alreadyReported }
        #expect(reported == [OutputError(.diskFull, path: output)])
        #expect(found.allSatisfy { $0.kind == .diskFull })
        #expect(found.count > 1)
        // Once failed, the sink fails at once, with nothing new to report.
        #expect(throws: OutputError(.diskFull, path: output, alreadyReported: true)) {
            try sink.write("small", to: "late.html")
        }
        #expect(throws: OutputError(.diskFull, path: output, alreadyReported: true)) { try sink.commit() }

        #expect(scratch.names() == ["site"])
        #expect(scratch.files("site") == before)
        #expect(scratch.text("site/index.html") == "old index")
    }
}
