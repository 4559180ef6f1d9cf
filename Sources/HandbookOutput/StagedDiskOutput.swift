#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Writes a new site into a hidden folder beside the output and swaps it in whole, so readers
/// never see half of one: until `commit` the previous site stays as it was, and a failed, stopped
/// or killed build leaves it so.
///
/// Only one sink at a time works on an output; beside the output it makes only its staging
/// folder, `.NAME.building-PID`. Build metadata lives in the output's `.handbook/` folder and is
/// swapped in with the site, and so does the site each swap replaced (see `PreviousSite`), which
/// the next build may start from.
public final class StagedDiskOutput: OutputSink {
    /// The output as the user wrote it.
    public let output: String
    /// The output folder, every symbolic link on the way followed.
    public let folder: String
    /// Where the new site is written until it is committed.
    public let staging: String
    private let lockDescriptor: Int32
    /// The permissions of the site being replaced, which the new one keeps.
    private let mode: mode_t?
    private let state: Mutex<State>
    /// Writes pages out to the disk while the build goes on, until every page is written.
    private let writeback: Writeback

    private enum Phase { case open, committed, discarded }

    private struct State {
        var phase = Phase.open
        var stamps: [String: String] = [:]
        var folders: Set<String> = []
        var failure: OutputError?
        var cleanupToken: Int
        /// What the previous site held when the build started from it.
        var previous: Background<FileTree.Entries>?
        /// The new site's record, taken once every page is written.
        var record: Background<SiteRecord?>?
        /// Whether every page is written: what the build did not write or keep of the previous site
        /// is then removed, and the site's record taken.
        var pagesDone = false
        /// The metadata files written, by path from the site root.
        var metadata: Set<String> = []
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
        mode = current.map { $0.st_mode & 0o7777 }
        if let mode { chmod(staging, mode) }
        state = Mutex(State(cleanupToken: token))
        writeback = Writeback(staging)
    }

    deinit {
        discard()
    }

    /// Staging folders of builds that were killed; none is in use, as this sink holds the lock.
    private static func removeStaleStaging(_ location: OutputLocation) {
        let prefix = ".\(location.name).building-"
        for name in (try? Disk.names(in: location.parent)) ?? [] where name.hasPrefix(prefix) {
            Disk.remove(location.parent + "/" + name)
        }
    }

    public func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try SitePath.check(path)
        let info = try writeFile(bytes, at: path)
        state.withLock { $0.stamps[path] = FileStamp.of(info) }
    }

    /// Starts the new site from the one the last swap replaced, so that files kept from the
    /// published site are mostly in place already; call it before anything is written. False
    /// when there is none, and the build starts from an empty folder.
    @discardableResult
    public func startFromPreviousSite() -> Bool {
        let started = state.withLock { state in
            guard state.phase == .open, state.previous == nil, state.stamps.isEmpty, state.folders.isEmpty else {
                return false
            }
            // The published site keeps the record of the site it replaced, which is this one.
            let record = readMetadata(SiteRecord.previousName).flatMap(SiteRecord.init(decoding:))
            guard PreviousSite.take(from: folder, to: staging, mode: mode) else { return false }
            let staging = staging
            state.previous = Background { FileTree.entries(under: staging, record: record) }
            return true
        }
        return started
    }

    public func reuse(_ path: String, stamp: String?) -> Bool {
        guard let stamp, (try? SitePath.check(path)) != nil, (try? checkWritable()) != nil else { return false }
        let target = staging + "/" + path
        // Most files of the previous site are the published site's own, linked by the last build.
        let startedFromPrevious = state.withLock { $0.previous != nil }
        if startedFromPrevious, (try? makeFolders(for: path)) != nil, FileStamp.of(target) == stamp {
            state.withLock { $0.stamps[path] = stamp }
            return true
        }
        guard FileStamp.of(folder + "/" + path) == stamp, (try? makeFolders(for: path)) != nil else { return false }
        unlink(target)
        guard link(folder + "/" + path, target) == 0 else { return false }
        state.withLock { $0.stamps[path] = stamp }
        return true
    }

    public var files: [String: String] {
        state.withLock { $0.stamps }
    }

    /// Removes what the previous site held that this build neither wrote nor kept, but its
    /// metadata, which is written after the pages. Then records the site's folders
    /// (`SiteRecord`) on another thread while the build checks links and writes its metadata.
    public func pagesWritten() {
        let work: (previous: Background<FileTree.Entries>?, kept: [String], folders: Set<String>)? = state.withLock { state in
            guard !state.pagesDone else { return nil }
            state.pagesDone = true
            return (state.previous, Array(state.stamps.keys), state.folders)
        }
        guard let work else { return }
        writeback.stop()
        if let previous = work.previous {
            PreviousSite.removeLeftovers(in: staging, found: previous.wait() ?? FileTree.Entries(), keeping: Set(work.kept))
        }
        let staging = staging
        let record = Background { SiteRecord.take(of: staging, folders: work.folders, files: work.kept) }
        state.withLock { $0.record = record }
    }

    /// A file of build metadata, as the current output holds it.
    public func readMetadata(_ name: String) -> [UInt8]? {
        guard (try? SitePath.checkMetadataName(name)) != nil else { return nil }
        return Disk.read(folder + "/" + SitePath.metadataFolder + "/" + name)
    }

    /// Writes a file of build metadata, which takes effect with the site on `commit`.
    public func writeMetadata(_ name: String, _ bytes: [UInt8]) throws(OutputError) {
        try SitePath.checkMetadataName(name)
        let path = SitePath.metadataFolder + "/" + name
        _ = try writeFile(bytes, at: path)
        state.withLock { _ = $0.metadata.insert(path) }
    }

    /// Swaps the new site in, in one step: the output always names a whole site, the old or the
    /// new. Then keeps the old one as the new one's previous site.
    public func commit() throws(OutputError) {
        do {
            pagesWritten()
            try writeRecords()
            let (previous, metadata) = state.withLock { ($0.previous, $0.metadata) }
            if let previous {
                PreviousSite.removeOldMetadata(in: staging, found: previous.wait() ?? FileTree.Entries(), keeping: metadata)
            }
            try commitOrFail()
        } catch {
            discard()
            throw error
        }
        let token = state.withLock { state in
            state.phase = .committed
            return state.cleanupToken
        }
        // The old site now sits at the staging name.
        PreviousSite.keep(staging, in: folder)
        InterruptCleanup.forget(token)
        close(lockDescriptor)
    }

    /// The new site's record, and the published site's, which the build after next starts from.
    private func writeRecords() throws(OutputError) {
        if let record = state.withLock({ $0.record })?.wait() ?? nil {
            try writeMetadata(SiteRecord.metadataName, record.encoded())
        }
        if let published = readMetadata(SiteRecord.metadataName) {
            try writeMetadata(SiteRecord.previousName, published)
        }
    }

    private func commitOrFail() throws(OutputError) {
        _ = try writeFile(Array(SiteMarker.text.utf8), at: SiteMarker.name)
        do {
            // Every file must be on the disk before the swap is: after a crash, the output must
            // not name a site whose files were never written out.
            try Disk.syncFileSystem(of: staging)
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

    /// Removes the new site and leaves the output as it was. Does nothing once committed. A new
    /// site started from the previous one goes back in its place, as the next build trusts
    /// nothing in it anyway.
    public func discard() {
        let closing: (token: Int, previous: Background<FileTree.Entries>?)? = state.withLock { state in
            guard state.phase == .open else { return nil }
            state.phase = .discarded
            return (state.cleanupToken, state.previous)
        }
        guard let (token, previous) = closing else { return }
        writeback.stop()
        if let previous {
            _ = previous.wait()
            PreviousSite.putBack(staging, in: folder)
        } else {
            Disk.removeInParallel(staging)
        }
        InterruptCleanup.forget(token)
        close(lockDescriptor)
    }

    /// Every file of the site in `folder`, by path from it, with its stamp; handbook's own files
    /// are left out.
    public static func listFiles(under folder: String) -> [String: String] {
        FileStamp.tree(folder)
    }

    private func writeFile(_ bytes: [UInt8], at path: String) throws(OutputError) -> stat {
        try checkWritable()
        do {
            try makeFolders(for: path)
            return try Disk.writeNewFile(bytes, at: staging + "/" + path)
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
        let previous = state.withLock { state -> Bool in
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                if state.folders.contains(String(folder)) { break }
                missing.append(folder)
            }
            return state.previous != nil
        }
        for relative in missing.reversed() {
            try makeFolder(staging + "/" + relative, previous: previous)
            _ = state.withLock { $0.folders.insert(String(relative)) }
        }
    }

    /// Makes one folder of the new site. One that is there already may come from the previous
    /// site, so it is kept only if it is a real folder, not a file or a link to somewhere else.
    private func makeFolder(_ path: String, previous: Bool) throws(Disk.Failure) {
        // In the previous site most folders are there already: one look instead of two calls.
        if previous, let info = try Disk.status(path), info.st_mode & S_IFMT == S_IFDIR { return }
        if mkdir(path, 0o755) == 0 { return }
        guard errno == EEXIST else { throw Disk.Failure() }
        if let info = try Disk.status(path), info.st_mode & S_IFMT == S_IFDIR { return }
        Disk.remove(path)
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw Disk.Failure() }
    }
}
