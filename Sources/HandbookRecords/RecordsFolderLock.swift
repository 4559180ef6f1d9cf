#if canImport(Glibc)
import Glibc
#endif

/// Lets one command at a time make or migrate the records file: an exclusive `flock` on the
/// records folder, held only while the store is opened. Without it, two first imports into a new
/// folder both see no tables and both try to make them. The lock writes nothing into the folder
/// and ends with the process, however it ends. Threads of one process wait for each other too,
/// as each opens the folder afresh.
final class RecordsFolderLock {
    private let descriptor: Int32

    /// Waits for the lock. A folder that cannot be opened is not locked: opening the store then
    /// reports the folder itself.
    init?(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                return nil
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
