import Foundation

/// Tells every open page that the site was rebuilt, as server-sent events. Each page listens on
/// `/_handbook/events`; a rebuild sends one `reload` event to each.
public actor ReloadBroadcaster {
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var closed = false

    public init() {}

    /// The build token of each rebuild from now on; the stream ends when the server stops.
    public func subscribe() -> (id: UUID, builds: AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        if closed {
            continuation.finish()
        } else {
            listeners[id] = continuation
        }
        return (id, stream)
    }

    public func unsubscribe(_ id: UUID) {
        listeners.removeValue(forKey: id)?.finish()
    }

    public func broadcast(build: String) {
        for listener in listeners.values { listener.yield(build) }
    }

    public var listenerCount: Int { listeners.count }

    /// Ends every open stream, so the server can stop without waiting for pages that never close.
    public func close() {
        closed = true
        for listener in listeners.values { listener.finish() }
        listeners.removeAll()
    }

    /// One event in the text/event-stream format.
    public static func event(_ name: String, data: String) -> String {
        "event: \(name)\ndata: \(data)\n\n"
    }

    /// Sent first on every stream: a browser that loses the server tries again after this many milliseconds.
    public static let retry = "retry: 1000\n\n"
}
