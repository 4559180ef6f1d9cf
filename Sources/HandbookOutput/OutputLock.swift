#if canImport(Glibc)
import Glibc
#endif

/// Lets one build at a time work on an output: an exclusive `flock` on the folder that holds it,
/// opened for reading, so the lock writes nothing there and ends with the process, however it
/// ends.
enum OutputLock {
    /// The descriptor holding the lock; closing it releases the lock.
    static func acquire(_ location: OutputLocation, wait: Bool, onWait: () -> Void) throws(OutputError) -> Int32 {
        let descriptor = open(location.parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(errno: errno, path: location.shownAs) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return descriptor }
        guard errno == EWOULDBLOCK, wait else {
            let code = errno
            close(descriptor)
            throw code == EWOULDBLOCK ? OutputError(.busy, path: location.shownAs)
                                      : OutputError(errno: code, path: location.shownAs)
        }
        onWait()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw OutputError(errno: code, path: location.shownAs)
            }
        }
        return descriptor
    }
}
