import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// Maps the elements on every core at once, keeping their order: for short, synchronous work
    /// that is spread over many items (policy folders, runs of pages, shared pages).
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = Mutex([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
