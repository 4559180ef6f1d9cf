import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Removes the staging folders of open sinks when the build is stopped with Ctrl-C (SIGINT) or
/// SIGTERM, then exits with 130 or 143 as the shell expects. The signals are handled only while
/// a sink is open; before and after, they do what they did.
enum InterruptCleanup {
    private struct Handler {
        let signal: Int32
        let previous: sighandler_t?
        let source: any DispatchSourceSignal
    }

    private struct State {
        var folders: [Int: String] = [:]
        var nextToken = 0
        var handlers: [Handler] = []
    }

    private static let state = Mutex(State())

    /// Removes `folder` if the process is stopped, until `forget` is called with the token.
    static func remember(_ folder: String) -> Int {
        state.withLock { state in
            if state.folders.isEmpty { state.handlers = install() }
            state.nextToken += 1
            state.folders[state.nextToken] = folder
            return state.nextToken
        }
    }

    static func forget(_ token: Int) {
        state.withLock { state in
            state.folders[token] = nil
            guard state.folders.isEmpty else { return }
            for handler in state.handlers {
                handler.source.cancel()
                signal(handler.signal, handler.previous)
            }
            state.handlers = []
        }
    }

    /// Runs `body` so that no stop removes folders while it runs: a commit swaps its staging
    /// folder in here, and a stop must find either the new site in place or the staging folder.
    static func withoutInterruption<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        try state.withLock { (_: inout State) throws(Failure) -> Result in try body() }
    }

    private static func install() -> [Handler] {
        var handlers: [Handler] = []
        for (number, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            let previous = signal(number, SIG_IGN)
            // A signal the process was started ignoring (as `nohup` does) stays ignored.
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(number, previous)
                continue
            }
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop(status) }
            source.resume()
            handlers.append(Handler(signal: number, previous: previous, source: source))
        }
        return handlers
    }

    private static func stop(_ status: Int32) -> Never {
        state.withLock { state in
            for folder in state.folders.values {
                // Writers may still be adding files while the folder is removed: try again.
                for _ in 0..<5 where !Disk.remove(folder) {}
            }
        }
        exit(status)
    }
}
