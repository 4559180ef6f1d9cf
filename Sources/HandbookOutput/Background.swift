import Dispatch
import Synchronization

/// A value worked out on another thread while the build goes on: the previous site's listing,
/// the new site's record.
final class Background<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            let value = work()
            self.result.withLock { $0 = value }
            self.finished.signal()
        }
    }

    /// The value, once it is worked out.
    func wait() -> Value? {
        finished.wait()
        finished.signal()
        return result.withLock { $0 }
    }
}
