import Synchronization

/// The pages readers search, handed to Pagefind as soon as each policy's pages are rendered, so
/// that Pagefind indexes while the rest of the site is made. A policy's pages reach it in the
/// policies' order (each policy's in code-point order of their paths), whatever order the
/// policies' tasks finish in: the pages are numbered the same way, and the index is the same,
/// every time.
final class SearchFeed: Sendable {
    private struct Order {
        /// The next batch to send; later ones wait until it comes.
        var next = 0
        var waiting: [Int: [PagefindService.Page]] = [:]
    }

    private let session: PagefindService.Session
    private let order = Mutex(Order())

    init(_ session: PagefindService.Session) {
        self.session = session
    }

    /// Hands over batch number `batch` (a policy's place in the handbook; the whole-handbook
    /// pages come after every policy). Every batch up to the last must be delivered, empty or not.
    func deliver(_ pages: [PagefindService.Page], batch: Int) {
        // Sent under the lock, so that batches reach the service in their order.
        order.withLock { order in
            order.waiting[batch] = pages.sorted { SearchPage.precedes($0.path, $1.path) }
            while let ready = order.waiting.removeValue(forKey: order.next) {
                session.add(ready)
                order.next += 1
            }
        }
    }

    /// Every batch delivered: Pagefind builds the index from here on, while the caller goes on.
    func close() { session.close() }

    /// The index's files.
    func finish() throws(PagefindService.Failure) -> [PagefindService.IndexFile] {
        try session.finish()
    }

    /// Stops the service; nothing is indexed. Does nothing once the index is made.
    func cancel() { session.cancel() }
}
