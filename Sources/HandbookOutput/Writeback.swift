import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes the new site's files out to the disk every few moments while its pages are written, so
/// the sync before the swap has little left to wait for. One `syncfs` over many files lets the
/// kernel write them in a few large requests; starting each file on its own cost more processor
/// time than it saved. What this leaves unwritten, the sync before the swap writes.
final class Writeback: Sendable {
    private let stopped = DispatchSemaphore(value: 0)
    private let count = Mutex(0)

    /// Starts writing out the file system `folder` is on; nothing happens if it cannot be opened.
    /// It goes on until `stop` is called.
    init(_ folder: String, every interval: DispatchTimeInterval = .milliseconds(50)) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        Thread.detachNewThread {
            defer { close(descriptor) }
            while self.stopped.wait(timeout: .now() + interval) == .timedOut {
                // A failure here is met again, and reported, by the sync before the swap.
                try? Disk.syncFileSystem(descriptor)
                self.count.withLock { $0 += 1 }
            }
        }
    }

    /// How many times the file system was written out so far.
    var syncs: Int { count.withLock { $0 } }

    /// Ends the writing out, without waiting for a sync under way. Calling it again does nothing.
    func stop() {
        stopped.signal()
    }
}
