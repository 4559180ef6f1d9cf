#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Writes a new site into an empty hidden folder beside the output and swaps it in whole, so
/// readers never see half of one: until `commit` the previous site stays as it was, and a failed,
/// stopped or killed build leaves it so. The site swapped in holds exactly the files this build
/// wrote, and the marker that says handbook made it.
///
/// Only one sink at a time works on an output; beside the output it makes only its staging
/// folder, `.NAME.building-PID`, which after the swap holds the old site until it is removed.
public final class StagedDiskOutput: OutputSink {
    /// The output as the user wrote it.
    public let output: String
    /// The output folder, every symbolic link on the way followed.
    public let folder: String
    /// Where the new site is written until it is committed.
    public let staging: String
    private let lockDescriptor: Int32
    private let state: Mutex<State>

    private enum Phase { case open, committed, discarded }

    private struct State {
        var phase = Phase.open
        var files: Set<String> = []
        /// The folders made so far, by path from the site root.
        var folders: Set<String> = []
        var failure: OutputError?
        var cleanupToken: Int
    }

    /// Opens a sink on `output`, refused when it is, holds or lies inside one of the `protecting`
    /// folders. When another build holds the output, `onWait` is called and the sink waits for
    /// it to finish; with `wait: false` it throws `.busy` instead.
    public static func open(output: String, protecting: [String], wait: Bool = true,
                            onWait: () -> Void = {}) throws(OutputError) -> StagedDiskOutput {
        let location = try OutputLocation(output, protecting: protecting)
        do {
            try Disk.makeFolders(location.parent)
        } catch {
            throw OutputError(errno: error.code, path: output)
        }
        let descriptor = try OutputLock.acquire(location, wait: wait, onWait: onWait)
        do {
            return try StagedDiskOutput(location, lockDescriptor: descriptor)
        } catch {
            close(descriptor)
            throw error
        }
    }

    private init(_ location: OutputLocation, lockDescriptor: Int32) throws(OutputError) {
        output = location.shownAs
        folder = location.path
        staging = location.parent + "/.\(location.name).building-\(getpid())"
        self.lockDescriptor = lockDescriptor
        LegacyLeftovers.clear(location)
        let current = try location.checkReplaceable()
        Self.removeStaleStaging(location)
        // Remembered before it is made, so that no moment is left in which a stop would leave it.
        let token = InterruptCleanup.remember(staging)
        do {
            try Disk.makeFolder(staging)
        } catch {
            InterruptCleanup.forget(token)
            throw OutputError(errno: error.code, path: location.shownAs)
        }
        // The new site takes the old one's place, so it keeps the permissions given to it.
        if let current { chmod(staging, current.st_mode & 0o7777) }
        state = Mutex(State(cleanupToken: token))
    }

    deinit {
        discard()
    }

    /// Staging folders of builds that were killed; none is in use, as this sink holds the lock.
    private static func removeStaleStaging(_ location: OutputLocation) {
        let prefix = ".\(location.name).building-"
        for name in (try? Disk.names(in: location.parent)) ?? [] where name.hasPrefix(prefix) {
            Disk.removeInParallel(location.parent + "/" + name)
        }
    }

    public func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try SitePath.check(path)
        try writeFile(bytes, at: path)
        _ = state.withLock { $0.files.insert(path) }
    }

    public var files: Set<String> {
        state.withLock { $0.files }
    }

    /// Swaps the new site in, in one step: the output always names a whole site, the old or the
    /// new. Then removes the old one.
    public func commit() throws(OutputError) {
        do {
            try commitOrFail()
        } catch {
            discard()
            throw error
        }
        let token = state.withLock { state in
            state.phase = .committed
            return state.cleanupToken
        }
        // The old site now sits at the staging name; a stop while it is removed removes the rest.
        Disk.removeInParallel(staging)
        InterruptCleanup.forget(token)
        close(lockDescriptor)
    }

    private func commitOrFail() throws(OutputError) {
        try writeFile(Array(SiteMarker.text.utf8), at: SiteMarker.name)
        // Every file must be on the disk before the swap is: after a crash, the output must not
        // name a site whose files were never written out.
        Disk.syncAll()
        do {
            try InterruptCleanup.withoutInterruption { () throws(Disk.Failure) in
                if try Disk.status(folder) != nil {
                    try Disk.exchange(staging, folder)
                } else {
                    try Disk.renameNoReplace(staging, folder)
                }
            }
        } catch {
            throw fail(Self.swapError(error.code, path: output))
        }
        // The new site is in place whatever this returns; a failure here would only mean a crash
        // in the next moments could bring the old one back.
        try? Disk.flush(lockDescriptor)
    }

    private static func swapError(_ code: Int32, path: String) -> OutputError {
        switch code {
        case EINVAL, ENOSYS, ENOTSUP:
            OutputError(.io("the disk it is on cannot replace a folder in one step"), path: path)
        case EXDEV, EBUSY:
            OutputError(.io("it is on another disk than the folder that holds it"), path: path)
        default: OutputError(errno: code, path: path)
        }
    }

    /// Removes the new site and leaves the output as it was. Does nothing once committed.
    public func discard() {
        let token: Int? = state.withLock { state in
            guard state.phase == .open else { return nil }
            state.phase = .discarded
            return state.cleanupToken
        }
        guard let token else { return }
        Disk.removeInParallel(staging)
        InterruptCleanup.forget(token)
        close(lockDescriptor)
    }

    private func writeFile(_ bytes: [UInt8], at path: String) throws(OutputError) {
        try checkWritable()
        do {
            try makeFolders(for: path)
            try Disk.writeFile(bytes, at: staging + "/" + path)
        } catch {
            throw fail(OutputError(errno: error.code, path: output))
        }
    }

    /// Fails at once when the sink has failed, or is closed.
    private func checkWritable() throws(OutputError) {
        let problem: OutputError? = state.withLock { state in
            if let failure = state.failure { return failure.repeated }
            guard state.phase == .open else { return OutputError(.io("the build had already finished"), path: output) }
            return nil
        }
        if let problem { throw problem }
    }

    /// The error to throw for a failed write: the first is reported; every later one, perhaps
    /// from writes running at the same moment, says it was already.
    private func fail(_ error: OutputError) -> OutputError {
        state.withLock { state in
            if let failure = state.failure { return failure.repeated }
            state.failure = error
            return error
        }
    }

    private func makeFolders(for path: String) throws(Disk.Failure) {
        // Each folder of the path, the deepest first: most are known already, and a page's own
        // folder is usually the only new one.
        var missing: [Substring] = []
        var folder = Substring(path)
        state.withLock { state in
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                if state.folders.contains(String(folder)) { break }
                missing.append(folder)
            }
        }
        for relative in missing.reversed() {
            // Another writer may have made it a moment ago.
            if mkdir(staging + "/" + relative, 0o755) != 0, errno != EEXIST { throw Disk.Failure() }
            _ = state.withLock { $0.folders.insert(String(relative)) }
        }
    }
}
