import Foundation
@testable import HandbookOutput
import Synchronization
import Testing

@Suite struct OutputLockTests {
    @Test func aSecondBuildIsRefusedWhileTheFirstWritesWhenItMayNotWait() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let first = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(throws: OutputError(.busy, path: output)) {
            try StagedDiskOutput.open(output: output, protecting: [], wait: false)
        }
        try first.write("first", to: "index.html")
        try first.commit()
        let second = try StagedDiskOutput.open(output: output, protecting: [], wait: false)
        second.discard()
    }

    @Test func aSecondBuildWaitsAndTheSiteIsOneWholeBuild() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let first = try StagedDiskOutput.open(output: output, protecting: [])
        try first.write("first", to: "index.html")

        let waited = Atomic(false)
        let secondOpened = Atomic(false)
        let done = DispatchSemaphore(value: 0)
        let failure = Mutex<OutputError?>(nil)
        let thread = Thread {
            do throws(OutputError) {
                let second = try StagedDiskOutput.open(output: output, protecting: []) {
                    waited.store(true, ordering: .sequentiallyConsistent)
                }
                secondOpened.store(true, ordering: .sequentiallyConsistent)
                try second.write("second", to: "index.html")
                try second.write("second", to: "only-second.html")
                try second.commit()
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        thread.start()

        // The second build must be waiting before the first goes on writing; if it opened (or
        // failed) without waiting, that ends the wait too, and the expectations below say so.
        while !waited.load(ordering: .sequentiallyConsistent), !secondOpened.load(ordering: .sequentiallyConsistent),
              failure.withLock({ $0 }) == nil {
            usleep(1000)
        }
        let isWaiting = waited.load(ordering: .sequentiallyConsistent)
        #expect(isWaiting)
        for page in 0..<20 {
            try first.write("first \(page)", to: "only-first/\(page).html")
            let opened = secondOpened.load(ordering: .sequentiallyConsistent)
            #expect(!opened)
        }
        try first.commit()
        done.wait()
        #expect(failure.withLock { $0 } == nil)

        #expect(scratch.names() == ["site"])
        #expect(scratch.files("site") == [".handbook-site": SiteMarker.text, "index.html": "second", "only-second.html": "second"])
    }
}
