import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The policies' work spread over threads of its own, one per core, keeping the policies' order.
/// With search the threads run below normal priority: Pagefind indexes on a single thread, the
/// longest chain of work in the build, and it should never wait for a core while a policy
/// renders; whatever Pagefind leaves free, the policies use. The threads end with the work, so
/// the lower priority goes with them.
enum PolicyThreads {
    /// How far below normal the threads run when they give way (the `nice` scale, 0 to 19).
    static let niceness: Int32 = 5

    static func map<T: Sendable>(_ count: Int, givingWay: Bool,
                                 _ body: @escaping @Sendable (Int) -> T) async -> [T] {
        guard count > 0 else { return [] }
        let work = Work<T>(count: count)
        let threads = min(count, max(2, ProcessInfo.processInfo.activeProcessorCount))
        return await withCheckedContinuation { continuation in
            for _ in 0..<threads {
                Thread {
                    if givingWay { lowerThisThreadsPriority() }
                    while let index = work.take() {
                        if let results = work.put(body(index), at: index) { continuation.resume(returning: results) }
                    }
                }.start()
            }
        }
    }

    /// On Linux a thread's priority is its own: the rest of the process keeps its priority.
    private static func lowerThisThreadsPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        #endif
    }

    private final class Work<T: Sendable>: Sendable {
        private struct State {
            var next = 0
            var done = 0
            var results: [T?]
        }
        private let state: Mutex<State>
        private let count: Int

        init(count: Int) {
            self.count = count
            state = Mutex(State(results: Array(repeating: nil, count: count)))
        }

        /// The next index to work on, nil when every one is taken.
        func take() -> Int? {
            state.withLock { state in
                guard state.next < count else { return nil }
                defer { state.next += 1 }
                return state.next
            }
        }

        /// Keeps one result; returns them all, in order, once the last is in.
        func put(_ result: T, at index: Int) -> [T]? {
            state.withLock { state in
                state.results[index] = result
                state.done += 1
                return state.done == count ? state.results.compactMap { $0 } : nil
            }
        }
    }
}
