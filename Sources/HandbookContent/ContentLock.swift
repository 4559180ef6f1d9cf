import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A lock on the content folder for as long as a command works on it: builds and checks read it
/// together (shared), a release writes into it alone (exclusive), so a build never reads an
/// edition that is being released and two releases never race. Held with `flock` on the folder
/// itself, which writes nothing and is let go when the process ends, however it ends.
package final class ContentLock {
    package enum Mode { case shared, exclusive }

    private let descriptor: Int32

    /// Takes the lock, waiting for another command if it must (`onWait` is told first). A content
    /// folder that cannot be opened is not locked: the command then reports the folder itself.
    package init?(_ content: String, _ mode: Mode, onWait: () -> Void = {}) {
        let descriptor = open(content, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let operation = mode == .shared ? LOCK_SH : LOCK_EX
        if flock(descriptor, operation | LOCK_NB) != 0 {
            onWait()
            while flock(descriptor, operation) != 0 && errno == EINTR {}
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
