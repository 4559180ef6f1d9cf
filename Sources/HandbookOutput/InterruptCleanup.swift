import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Removes the staging folders of open sinks when the build is stopped with Ctrl-C (SIGINT) or
/// SIGTERM, then exits with 130 or 143 as the shell expects. The signals are handled only while
/// a sink is open; before and after, they do what they did.
///
/// The handler only writes the signal's number to a pipe, which is safe in a handler; a thread
/// reading the pipe does the rest. A DispatchSource would do the same, but libdispatch on Linux
/// installs its own handler once per signal and never again, so once handling is restored
/// between two builds the second build's Ctrl-C would be ignored.
enum InterruptCleanup {
    private struct State {
        var folders: [Int: String] = [:]
        var nextToken = 0
        /// What each handled signal did before, to be put back once no sink is open.
        var previous: [(signal: Int32, handler: sighandler_t?)] = []
    }

    private static let state = Mutex(State())
    private static let statuses: [Int32: Int32] = [SIGINT: 130, SIGTERM: 143]

    /// The pipe's end the handler writes to; made, with the thread that reads the other end, the
    /// first time a sink opens.
    private static let wakeUp: Int32 = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return -1 }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(ends[1], F_SETFL, O_NONBLOCK)
        let reading = ends[0]
        Thread {
            var number: UInt8 = 0
            while true {
                let count = read(reading, &number, 1)
                if count == 1 { stop(statuses[Int32(number)] ?? 1) }
                if count == 0 || (count < 0 && errno != EINTR) { return }
            }
        }.start()
        return ends[1]
    }()

    /// Removes `folder` if the process is stopped, until `forget` is called with the token.
    static func remember(_ folder: String) -> Int {
        state.withLock { state in
            if state.folders.isEmpty { state.previous = install() }
            state.nextToken += 1
            state.folders[state.nextToken] = folder
            return state.nextToken
        }
    }

    static func forget(_ token: Int) {
        state.withLock { state in
            guard state.folders.removeValue(forKey: token) != nil, state.folders.isEmpty else { return }
            for (number, handler) in state.previous { signal(number, handler) }
            state.previous = []
        }
    }

    /// Runs `body` so that no stop removes folders while it runs: a commit swaps its staging
    /// folder in here, and a stop must find either the new site in place or the staging folder.
    static func withoutInterruption<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        try state.withLock { (_: inout State) throws(Failure) -> Result in try body() }
    }

    private static func install() -> [(signal: Int32, handler: sighandler_t?)] {
        guard wakeUp >= 0 else { return [] }
        var previous: [(signal: Int32, handler: sighandler_t?)] = []
        for number in [SIGINT, SIGTERM] {
            let handler = signal(number, onSignal)
            // A signal the process was started ignoring (as `nohup` does) stays ignored.
            if unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(number, handler)
            } else {
                previous.append((number, handler))
            }
        }
        return previous
    }

    private static let onSignal: @convention(c) (Int32) -> Void = { number in
        let saved = errno
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(InterruptCleanup.wakeUp, &byte, 1)
        errno = saved
    }

    private static func stop(_ status: Int32) -> Never {
        state.withLock { state in
            for folder in state.folders.values {
                // Writers may still be adding files: moved aside first, the folder can take no
                // more of them, since writers make folders only below it. A writer already
                // opening a file may still add one, so the removal is tried again.
                let aside = folder + ".stopped"
                let target = rename(folder, aside) == 0 ? aside : folder
                for attempt in 0..<50 where !Disk.remove(target) {
                    usleep(useconds_t(1000 * min(attempt + 1, 10)))
                }
            }
        }
        exit(status)
    }
}
