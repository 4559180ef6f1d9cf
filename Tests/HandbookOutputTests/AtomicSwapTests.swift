import Foundation
@testable import HandbookOutput
import Synchronization
import Testing

@Suite struct AtomicSwapTests {
    @Test func theSiteIsNeverMissingWhileBuildsReplaceIt() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        try buildSite(output, build: "build 0")

        let stop = Atomic(false)
        let checks = Atomic(0)
        let misses = Atomic(0)
        let finished = DispatchSemaphore(value: 0)
        let watcher = Thread {
            while !stop.load(ordering: .relaxed) {
                // A whole site: its folder, its marker and its index, at every instant.
                if access(output + "/" + SiteMarker.name, F_OK) != 0 || access(output + "/index.html", F_OK) != 0 {
                    misses.add(1, ordering: .relaxed)
                }
                checks.add(1, ordering: .relaxed)
            }
            finished.signal()
        }
        watcher.start()
        for build in 1...50 {
            // The watcher looks at least once between builds, however busy the machine.
            let seen = checks.load(ordering: .relaxed)
            while checks.load(ordering: .relaxed) == seen { sched_yield() }
            try buildSite(output, build: "build \(build)")
        }
        stop.store(true, ordering: .relaxed)
        finished.wait()

        let missed = misses.load(ordering: .relaxed), checked = checks.load(ordering: .relaxed)
        #expect(missed == 0)
        #expect(checked >= 50)
        #expect(scratch.text("site/index.html") == "build 50 index")
        #expect(scratch.names() == ["site"])
    }
}
