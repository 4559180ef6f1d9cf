import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs another program with a clean signal mask. A build runs on worker threads that block
/// most signals, and a child started from one inherits that mask; a program that waits on its
/// own children then waits for ever. Output is discarded unless the program is started connected.
enum ChildProcess {
    /// How a program run with a time limit ended.
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        /// Still running when the limit passed: it was killed.
        case timedOut
        case notStarted
    }

    /// Runs the program, killing it if it has not finished within `seconds`, so that a file a
    /// converter chokes on cannot make a command hang.
    static func run(_ executable: String, _ arguments: [String], timeout seconds: Double) -> Ending {
        guard let pid = spawn(executable, arguments) else { return .notStarted }
        return wait(for: pid, killingAfter: seconds)
    }

    /// Waits for the program to end, killing it once `seconds` have passed.
    private static func wait(for pid: pid_t, killingAfter seconds: Double) -> Ending {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1_000_000_000)
        var status: Int32 = 0
        // A program that has just closed its output is usually gone within a millisecond: look
        // again soon, then less and less often.
        var pause: UInt32 = 500
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { return .exited(exitStatus(status)) }
            if waited < 0 && errno != EINTR { return .notStarted }
            if DispatchTime.now().uptimeNanoseconds >= deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 10_000)
        }
    }

    /// What the program wrote to its standard output, when it could be started and exited with 0
    /// within `seconds`.
    static func output(of executable: String, _ arguments: [String], within seconds: Int32 = 30) -> [UInt8]? {
        guard let child = startConnected(executable, arguments) else { return nil }
        child.endInput()
        var output: [UInt8] = []
        while true {
            switch child.read(waitingAtMost: seconds * 1000) {
            case .bytes(let chunk): output += chunk
            case .end: return child.finish() == 0 ? output : nil
            case .silence:
                _ = child.finish(grace: 0)
                return nil
            }
        }
    }

    /// A program whose standard input and output are one end of a socket pair (its errors are
    /// discarded). The other end is the caller's, opened close-on-exec so that no other program
    /// started meanwhile holds it open.
    struct Connected: Sendable {
        let pid: pid_t
        let socket: Int32

        /// Sends all of `bytes`; false when the program no longer reads. A program that has
        /// stopped fails the send rather than ending this one with SIGPIPE.
        func send(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let sent = Glibc.send(socket, buffer.baseAddress.map { $0 + offset }, buffer.count - offset, Int32(MSG_NOSIGNAL))
                    if sent < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += sent
                }
                return true
            }
        }

        /// What reading the program's output gave.
        enum Read: Equatable {
            case bytes([UInt8])
            /// The program's output has ended (or could not be read).
            case end
            /// Nothing came within the time allowed.
            case silence
        }

        /// The next bytes the program writes, waiting at most `milliseconds` for them (-1: for ever).
        func read(waitingAtMost milliseconds: Int32 = -1) -> Read {
            var waiting = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            var ready: Int32
            repeat { ready = poll(&waiting, 1, milliseconds) } while ready < 0 && errno == EINTR
            guard ready != 0 else { return .silence }
            guard ready > 0 else { return .end }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            var count: Int
            repeat {
                count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            } while count < 0 && errno == EINTR
            return count > 0 ? .bytes(Array(chunk[..<count])) : .end
        }

        /// Tells the program its input has ended.
        func endInput() { shutdown(socket, Int32(SHUT_WR)) }

        /// Closes the socket and waits for the program to end; one still running after
        /// `grace` seconds is killed, so that a program that does not stop cannot hang the caller.
        func finish(grace: Double = 10) -> Int32 {
            close(socket)
            guard case .exited(let status) = ChildProcess.wait(for: pid, killingAfter: grace) else { return -1 }
            return status
        }
    }

    static func startConnected(_ executable: String, _ arguments: [String]) -> Connected? {
        var ends: [Int32] = [0, 0]
        let kind = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, kind, 0, &ends) == 0 else { return nil }
        let pid = spawn(executable, arguments, connectedTo: ends[1])
        close(ends[1])
        guard let pid else {
            close(ends[0])
            return nil
        }
        return Connected(pid: pid, socket: ends[0])
    }

    /// WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
    private static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Starts the program with `socket` as its standard input and output, or /dev/null when nil.
    private static func spawn(_ executable: String, _ arguments: [String], connectedTo socket: Int32? = nil) -> pid_t? {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGCHLD, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let socket {
            posix_spawn_file_actions_adddup2(&actions, socket, 0)
            posix_spawn_file_actions_adddup2(&actions, socket, 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let started = argv.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return EINVAL }
            return posix_spawn(&pid, executable, &actions, &attributes, base, environ)
        }
        return started == 0 ? pid : nil
    }
}
