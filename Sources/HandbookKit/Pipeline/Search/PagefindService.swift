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

    /// Indexes the pages in the order given, each read from `folder` + "/" + its path and
    /// published at "/" + its path, and returns every file of the index.
    func index(pages: [String], in folder: String) throws(Failure) -> [IndexFile] {
        guard let child = ChildProcess.startConnected(binary, ["--service"]) else {
            throw Failure(detail: "\(binary) could not be started")
        }
        let requests = [Request.newIndex] + pages.map { .addFile(path: $0, source: folder + "/" + $0) } + [.getFiles]
        let writer = RequestWriter(requests, to: child)
        var finished = false
        defer {
            // Pagefind stops at the end of its input; one that has failed is stopped at once.
            if finished { child.endInput() } else { kill(child.pid, SIGKILL) }
            writer.wait()
            _ = child.finish()
        }

        var replies = ReplyReader(child: child, patience: patience)
        let files: [Reply.File]
        do throws(Failure) {
            _ = try replies.next().expecting(0, "NewIndex")
            for number in pages.indices {
                _ = try replies.next().expecting(UInt32(number + 1), "IndexedFile")
            }
            files = try replies.next().expecting(UInt32(pages.count + 1), "GetFiles").payload.files ?? []
        } catch {
            throw writer.failure ?? error
        }
        finished = true
        return try files.map { file throws(Failure) in
            guard let bytes = Data(base64Encoded: file.content) else {
                throw Failure(detail: "Pagefind sent \(file.path) in a form that could not be read")
            }
            return IndexFile(path: file.path, bytes: Array(bytes))
        }
    }

    // MARK: - Requests

    enum Request: Sendable {
        case newIndex
        /// The page's text is read from `source`, a path, only when the request is sent.
        case addFile(path: String, source: String)
        case getFiles

        var describedSource: String {
            if case .addFile(_, let source) = self { return source }
            return "a request to Pagefind"
        }

        /// The request as the service reads it: base64 of its JSON, then a comma. The index is
        /// number 0: a new service makes only this one.
        func message(id: UInt32) throws -> [UInt8] {
            let json: Data
            switch self {
            case .newIndex:
                json = try Self.encoder.encode(Wire(message_id: id, payload: NewIndex()))
            case .addFile(let path, let source):
                let page = SearchPage.withIndexLanguage(try String(contentsOfFile: source, encoding: .utf8))
                json = try Self.encoder.encode(Wire(message_id: id, payload: AddFile(file_path: path, url: "/" + path,
                                                                                    file_contents: page)))
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
        }
        private struct GetFiles: Encodable {
            var type = "GetFiles"
            var index_id: UInt32 = 0
        }
    }

    /// Sends the requests, numbered from 0, on a thread of its own while the replies are read, so
    /// that neither side waits on the other's full buffer. When a page cannot be read, the
    /// service is stopped, which ends its replies, and the reason is kept.
    private final class RequestWriter: Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let problem = Mutex<Failure?>(nil)

        init(_ requests: [Request], to child: ChildProcess.Connected) {
            Thread { [self] in
                for (id, request) in requests.enumerated() {
                    do {
                        // A service that stops reading has stopped: its replies say why.
                        guard child.send(try request.message(id: UInt32(id))) else { break }
                    } catch {
                        problem.withLock { $0 = Failure(detail: "\(request.describedSource) could not be read") }
                        kill(child.pid, SIGKILL)
                        break
                    }
                }
                done.signal()
            }.start()
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
