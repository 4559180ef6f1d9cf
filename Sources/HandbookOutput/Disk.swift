import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file system calls a staged output needs that Foundation does not offer: each fails
/// with the `errno` of the call that failed.
enum Disk {
    struct Failure: Error {
        let code: Int32
        init(_ code: Int32 = errno) { self.code = code }
    }

    /// Writes a file at `path`, made only for this site: nothing already there is followed.
    static func writeFile(_ bytes: [UInt8], at path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw Failure() }
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return written == 0 ? EIO : errno }
                offset += written
            }
            return nil
        }
        // Some file systems report a full disk only when the file is closed.
        let closed = close(descriptor) == 0 ? nil : errno
        if let code = failure ?? closed {
            unlink(path)
            throw Failure(code)
        }
    }

    /// Makes `folder` and any missing folder above it.
    static func makeFolders(_ folder: String) throws(Failure) {
        var path = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o755) != 0, errno != EEXIST { throw Failure() }
        }
    }

    static func makeFolder(_ folder: String) throws(Failure) {
        guard mkdir(folder, 0o755) == 0 else { throw Failure() }
    }

    /// Removes a file or a whole folder; false when something could not be removed.
    @discardableResult
    static func remove(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT }
        guard info.st_mode & S_IFMT == S_IFDIR else { return unlink(path) == 0 || errno == ENOENT }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        let emptied = removeContents(of: folder)
        close(folder)
        return emptied && (rmdir(path) == 0 || errno == ENOENT)
    }

    /// Removes a whole site: the folders under `path` and under each of its sub-folders are
    /// shared among threads, since a site of a few thousand pages has as many folders.
    @discardableResult
    static func removeInParallel(_ path: String) -> Bool {
        let top = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard top >= 0 else { return remove(path) }
        defer { close(top) }
        let branches = ((try? entries(of: top)) ?? []).filter(\.isFolder).flatMap { entry in
            let child = path + "/" + entry.name
            return ((try? names(in: child)) ?? []).map { child + "/" + $0 }
        }
        let threads = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: branches.count, by: threads) { _ = remove(branches[index]) }
        }
        return remove(path)
    }

    /// Empties the open folder `folder`, walking it by descriptor so no path is looked up twice.
    private static func removeContents(of folder: Int32) -> Bool {
        guard let entries = try? entries(of: folder) else { return false }
        var removedAll = true
        for entry in entries {
            if entry.isFolder {
                let child = openat(folder, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 {
                    if !removeContents(of: child) { removedAll = false }
                    close(child)
                }
                if unlinkat(folder, entry.name, AT_REMOVEDIR) != 0, errno != ENOENT { removedAll = false }
            } else if unlinkat(folder, entry.name, 0) != 0, errno != ENOENT {
                removedAll = false
            }
        }
        return removedAll
    }

    /// The entries of an open folder, but `.` and `..`, each marked if it is a folder.
    static func entries(of folder: Int32) throws(Failure) -> [(name: String, isFolder: Bool)] {
        let copy = dup(folder)
        guard copy >= 0 else { throw Failure() }
        guard let directory = fdopendir(copy) else {
            close(copy)
            throw Failure()
        }
        defer { closedir(directory) }
        var found: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = name(of: entry)
            guard name != ".", name != ".." else { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            found.append((name, isFolder))
        }
        return found
    }

    static func status(_ path: String) throws(Failure) -> stat? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw Failure()
        }
        return info
    }

    /// The names in a folder, but `.` and `..`.
    static func names(in folder: String) throws(Failure) -> [String] {
        guard let directory = opendir(folder) else { throw Failure() }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = name(of: entry)
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Swaps two paths in one step, so that each name always names one of the two.
    static func exchange(_ first: String, _ second: String) throws(Failure) {
        try renameat2(first, second, flags: 2)  // RENAME_EXCHANGE
    }

    /// Renames, failing rather than replacing anything already at `destination`.
    static func renameNoReplace(_ source: String, _ destination: String) throws(Failure) {
        try renameat2(source, destination, flags: 1)  // RENAME_NOREPLACE
    }

    /// Glibc declares `renameat2` only for _GNU_SOURCE, which Swift's Glibc module is not built
    /// with, and `syscall` is variadic, which Swift cannot call: it is looked up in the C library,
    /// which has had it since glibc 2.28.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

    private static func renameat2(_ source: String, _ destination: String, flags: UInt32) throws(Failure) {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { throw Failure(ENOSYS) }
        let call = unsafeBitCast(symbol, to: RenameAt2.self)
        guard call(AT_FDCWD, source, AT_FDCWD, destination, flags) == 0 else { throw Failure() }
    }

    /// Writes everything written so far out to the disks, and waits until it is: one call for a
    /// whole site, where an `fsync` per file would cost one disk flush each.
    static func syncAll() {
        Glibc.sync()
    }

    static func flush(_ descriptor: Int32) throws(Failure) {
        guard fsync(descriptor) == 0 else { throw Failure() }
    }
}
