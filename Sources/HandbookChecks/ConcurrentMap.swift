import Foundation

extension Array where Element: Sendable {
    /// Maps the elements in child tasks, at most `limit` at a time, keeping their order.
    package func concurrentMap<T: Sendable>(limit: Int = Swift.max(2, ProcessInfo.processInfo.activeProcessorCount),
                                    _ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        await withTaskGroup(of: (Int, T).self) { group in
            var results = [T?](repeating: nil, count: count)
            var next = 0
            func start() {
                guard next < count else { return }
                let index = next, element = self[index]
                group.addTask { (index, transform(element)) }
                next += 1
            }
            for _ in 0..<Swift.min(limit, count) { start() }
            for await (index, result) in group {
                results[index] = result
                start()
            }
            return results.compactMap { $0 }
        }
    }
}
