import Dispatch
import Synchronization

/// The files and folders under a folder, listed on another thread while the build goes on.
final class BackgroundListing: Sendable {
    private let result = Mutex<FileTree.Entries?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ folder: String) {
        DispatchQueue.global().async {
            let entries = FileTree.entries(under: folder)
            self.result.withLock { $0 = entries }
            self.finished.signal()
        }
    }

    /// What was found, once the listing is done.
    func wait() -> FileTree.Entries {
        finished.wait()
        finished.signal()
        return result.withLock { $0 } ?? FileTree.Entries()
    }
}
