import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Pagefind run as a service (`pagefind --service`). Each request is JSON, base64-encoded and
/// followed by a comma, on the service's standard input; each reply comes back the same way on
/// its standard output. The service handles requests one at a time in the order they arrive, so
/// pages sent in a fixed order get the same page numbers, and the same index, every time.
struct PagefindService {
    let binary: String
    /// Longest wait, in milliseconds, for the service to say anything before it is taken to have hung.
    var patience: Int32 = 300_000

    struct Failure: Error {
        var detail: String
    }

    /// One file of the finished index, by path inside the index folder.
    struct IndexFile {
        var path: String
        var bytes: [UInt8]
    }

    /// A page for the index as it was rendered, published at "/" + its path.
    struct Page: Sendable {
        var path: String
        var bytes: [UInt8]
    }

    /// Starts the service with an empty index, to which pages are added as they come.
    func start() throws(Failure) -> Session {
        guard let child = ChildProcess.startConnected(binary, ["--service"]) else {
            throw Failure(detail: "\(binary) could not be started")
        }
        return Session(child: child, patience: patience)
    }

    /// One index being made. Pages are numbered in the order `add` receives them; `close` says
    /// that no page follows, so that Pagefind builds the index while the caller does other work;
    /// `finish` takes the index, `cancel` stops the service without it. A session given up
    /// without either is cancelled.
    final class Session: Sendable {
        private let child: ChildProcess.Connected
        private let patience: Int32
        private let writer: RequestWriter
        private let pageCount = Mutex(0)
        private let ended = Mutex(false)

        fileprivate init(child: ChildProcess.Connected, patience: Int32) {
            self.child = child
            self.patience = patience
            writer = RequestWriter(to: child)
            writer.add([.newIndex])
        }

        deinit { cancel() }

        /// Queues the pages to be sent after those added before, and returns at once.
        func add(_ pages: [Page]) {
            guard !pages.isEmpty else { return }
            pageCount.withLock { $0 += pages.count }
            writer.add(pages.map(Request.addPage))
        }

        /// Asks for the index once every page added has been indexed; no page can be added after.
        /// Returns at once. Once closed, the writer takes no request, so a second call does nothing.
        func close() {
            writer.add([.getFiles])
            writer.close()
        }

        /// The index's files, once every page added has been indexed.
        func finish() throws(Failure) -> [IndexFile] {
            close()
            let pages = pageCount.withLock { $0 }
            var succeeded = false
            defer { end(stopping: !succeeded) }
            var replies = ReplyReader(child: child, patience: patience)
            let files: [Reply.File]
            do throws(Failure) {
                _ = try replies.next().expecting(0, "NewIndex")
                for number in 0..<pages {
                    _ = try replies.next().expecting(UInt32(number + 1), "IndexedFile")
                }
                files = try replies.next().expecting(UInt32(pages + 1), "GetFiles").payload.files ?? []
            } catch {
                throw writer.failure ?? error
            }
            succeeded = true
            return try files.map { file throws(Failure) in
                guard let bytes = Data(base64Encoded: file.content) else {
                    throw Failure(detail: "Pagefind sent \(file.path) in a form that could not be read")
                }
                return IndexFile(path: file.path, bytes: Array(bytes))
            }
        }

        /// Stops the service and makes no index.
        func cancel() { end(stopping: true) }

        /// Pagefind stops at the end of its input; one that has failed or is not needed is stopped at once.
        private func end(stopping: Bool) {
            guard ended.withLock({ ended in defer { ended = true }; return !ended }) else { return }
            if stopping { kill(child.pid, SIGKILL) } else { child.endInput() }
            writer.close()
            writer.wait()
            _ = child.finish()
        }
    }

    // MARK: - Requests

    enum Request: Sendable {
        case newIndex
        case addPage(Page)
        case getFiles

        /// The request as the service reads it: base64 of its JSON, then a comma. The index is
        /// number 0: a new service makes only this one.
        func message(id: UInt32) throws -> [UInt8] {
            let json: Data
            switch self {
            case .newIndex:
                json = try Self.encoder.encode(Wire(message_id: id, payload: NewIndex()))
            case .addPage(let page):
                json = try Self.encoder.encode(Wire(message_id: id, payload: AddFile(page)))
            case .getFiles:
                json = try Self.encoder.encode(Wire(message_id: id, payload: GetFiles()))
            }
            return Array(json.base64EncodedData()) + [UInt8(ascii: ",")]
        }

        private static let encoder: JSONEncoder = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            return encoder
        }()

        // The service's own field names.
        private struct Wire<Body: Encodable>: Encodable {
            var message_id: UInt32
            var payload: Body
        }
        private struct NewIndex: Encodable {
            var type = "NewIndex"
            var config = ["keep_index_url": true]
        }
        private struct AddFile: Encodable {
            var type = "AddFile"
            var index_id: UInt32 = 0
            var file_path: String
            var url: String
            var file_contents: String

            init(_ page: Page) {
                file_path = page.path
                file_contents = SearchPage.forIndex(page.bytes)
                url = "/" + page.path
            }
        }
        private struct GetFiles: Encodable {
            var type = "GetFiles"
            var index_id: UInt32 = 0
        }
    }

    /// Sends requests, numbered from 0 in the order they are added, on a thread of its own, so
    /// that whoever adds them never waits on the service, and neither side waits on the other's
    /// full buffer. Should a request fail to encode, the service is stopped, which ends its
    /// replies, and the reason is kept.
    private final class RequestWriter: Sendable {
        /// Requests not yet sent, from `next` on; a page's text is let go once it is sent.
        private struct Queue {
            var requests: [Request?] = []
            var next = 0
            var closed = false
        }
        private let queue = Mutex(Queue())
        /// Signalled once for each request added and once when the queue is closed.
        private let ready = DispatchSemaphore(value: 0)
        private let done = DispatchSemaphore(value: 0)
        private let problem = Mutex<Failure?>(nil)

        init(to child: ChildProcess.Connected) {
            Thread { [self] in
                var id: UInt32 = 0
                while let request = take() {
                    do {
                        // A service that stops reading has stopped: its replies say why.
                        guard child.send(try request.message(id: id)) else { break }
                    } catch {
                        problem.withLock { $0 = Failure(detail: "a request to Pagefind could not be written: \(error)") }
                        kill(child.pid, SIGKILL)
                        break
                    }
                    id += 1
                }
                done.signal()
            }.start()
        }

        func add(_ requests: [Request]) {
            let added = queue.withLock { queue -> Int in
                guard !queue.closed else { return 0 }
                queue.requests += requests
                return requests.count
            }
            for _ in 0..<added { ready.signal() }
        }

        /// No request is added after this; the thread ends once it has sent those before.
        func close() {
            let closing = queue.withLock { queue in defer { queue.closed = true }; return !queue.closed }
            if closing { ready.signal() }
        }

        /// The next request to send, waiting for one; nil once the queue is closed and sent.
        private func take() -> Request? {
            ready.wait()
            return queue.withLock { queue -> Request? in
                guard queue.next < queue.requests.count else { return nil }
                let request = queue.requests[queue.next]
                queue.requests[queue.next] = nil
                queue.next += 1
                if queue.next == queue.requests.count {
                    queue.requests.removeAll(keepingCapacity: true)
                    queue.next = 0
                }
                return request
            }
        }

        var failure: Failure? { problem.withLock { $0 } }
        func wait() { done.wait() }
    }

    // MARK: - Replies

    struct Reply: Decodable {
        var message_id: UInt32?
        var payload: Payload

        struct Payload: Decodable {
            var type: String
            var message: String?
            var files: [File]?
        }

        struct File: Decodable {
            var path: String
            var content: String
        }

        func expecting(_ id: UInt32, _ type: String) throws(Failure) -> Reply {
            if payload.type == "Error" {
                throw Failure(detail: "Pagefind said: \(payload.message ?? "an error")")
            }
            guard message_id == id, payload.type == type else {
                throw Failure(detail: "Pagefind answered \(payload.type) where \(type) was expected")
            }
            return self
        }
    }

    /// Reads the service's replies one at a time.
    private struct ReplyReader {
        let child: ChildProcess.Connected
        let patience: Int32
        private var buffer: [UInt8] = []
        private var start = 0

        init(child: ChildProcess.Connected, patience: Int32) {
            self.child = child
            self.patience = patience
        }

        mutating func next() throws(Failure) -> Reply {
            var searchFrom = start
            while true {
                if let comma = buffer[searchFrom...].firstIndex(of: UInt8(ascii: ",")) {
                    let encoded = Data(buffer[start..<comma])
                    start = comma + 1
                    guard let json = Data(base64Encoded: encoded),
                          let reply = try? JSONDecoder().decode(Reply.self, from: json) else {
                        throw Failure(detail: "Pagefind sent a reply that could not be read")
                    }
                    return reply
                }
                searchFrom = buffer.count
                switch child.read(waitingAtMost: patience) {
                case .bytes(let chunk): buffer += chunk
                case .end: throw Failure(detail: "Pagefind stopped before the index was made")
                case .silence: throw Failure(detail: "Pagefind stopped answering for \(patience / 1000) seconds and was stopped")
                }
            }
        }
    }
}
