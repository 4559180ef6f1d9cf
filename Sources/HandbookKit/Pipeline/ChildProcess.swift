import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs another program with a clean signal mask. A build runs on worker threads that block
/// most signals, and a child started from one inherits that mask; a program that waits on its
/// own children (as Pagefind's Python driver does) then waits for ever. Output is discarded.
enum ChildProcess {
    /// The program's exit status, or nil when it could not be started.
    static func run(_ executable: String, _ arguments: [String]) -> Int32? {
        guard let pid = spawn(executable, arguments) else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return nil }
        }
        return exitStatus(status)
    }

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
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1_000_000_000)
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { return .exited(exitStatus(status)) }
            if waited < 0 && errno != EINTR { return .notStarted }
            if DispatchTime.now().uptimeNanoseconds >= deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(10_000)
        }
    }

    /// WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
    private static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private static func spawn(_ executable: String, _ arguments: [String]) -> pid_t? {
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
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
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
