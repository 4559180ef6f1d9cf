import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Lists the files under a folder with POSIX calls: Foundation's enumerator, with a URL and a
/// `fileExists` per entry, was most of the time of a build in which nothing changed.
public enum FileTree {
    /// Paths relative to `folder`, sorted, of every file below it, hidden ones included but for
    /// the top-level names in `skipping`; a link to a file counts as that file, a link to a folder
    /// is not followed.
    public static func files(under folder: String, skipping: Set<String> = []) -> [(path: String, info: stat)] {
        var found: [(path: String, info: stat)] = []
        walk(folder, prefix: "", skipping: skipping, into: &found)
        return found.sorted { $0.path < $1.path }
    }

    /// The same as `files(under:skipping:)`, with the folders at the top walked side by side: a
    /// site has thousands of folders, one a page.
    public static func filesInParallel(under folder: String, skipping: Set<String> = []) -> [(path: String, info: stat)] {
        typealias File = (path: String, info: stat)
        var found: [File] = []
        var met: [String] = []
        walk(folder, prefix: "", skipping: skipping, into: &found, enteringFolders: false) { met.append($0) }
        let folders = met
        let branches = Mutex([[File]](repeating: [], count: folders.count))
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            var branch: [File] = []
            walk(folder + "/" + folders[index], prefix: folders[index] + "/", into: &branch)
            branches.withLock { $0[index] = branch }
        }
        found += branches.withLock { $0.joined() }
        return found.sorted { $0.path < $1.path }
    }

    /// Without `enteringFolders`, each folder met is handed to `folderMet` instead of walked.
    private static func walk(_ folder: String, prefix: String, skipping: Set<String> = [],
                             into found: inout [(path: String, info: stat)], enteringFolders: Bool = true,
                             folderMet: (String) -> Void = { _ in }) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = Disk.name(of: entry)
            guard name != ".", name != "..", !skipping.contains(name) else { continue }
            let full = folder + "/" + name
            let relative = prefix + name
            var info = stat()
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if !isFolder, fstatat(dirfd(directory), name, &info, 0) == 0 {
                if (info.st_mode & S_IFMT) == S_IFREG {
                    found.append((relative, info))
                } else if (info.st_mode & S_IFMT) == S_IFDIR, entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    isFolder = true
                }
            }
            guard isFolder else { continue }
            if enteringFolders {
                walk(full, prefix: relative + "/", into: &found)
            } else {
                folderMet(relative)
            }
        }
    }

    /// The files and the folders below a folder, by path relative to it, each folder before what
    /// it holds. Read from the folder entries alone, with no `stat` per file: anything that is not
    /// a folder, a symbolic link included, counts as a file, and no link is followed.
    struct Entries: Sendable {
        var files: [String] = []
        var folders: [String] = []
    }

    /// With `record`, a folder it describes whose status has not changed since is taken from it
    /// instead of being read again.
    static func entries(under folder: String, record: SiteRecord? = nil) -> Entries {
        var found = Entries()
        let top = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard top >= 0 else { return found }
        defer { close(top) }
        var info = stat()
        let record = record.flatMap { fstat(top, &info) == 0 && UInt64(info.st_ino) == $0.root ? $0 : nil }
        let recorded = record?.contents() ?? [:]
        var pending = [""]
        while let prefix = pending.popLast() {
            let path = String(prefix.dropLast())
            if let record, !prefix.isEmpty, record.isUnchanged(path, in: top) {
                let contents = recorded[path] ?? ([], [])
                found.files += contents.files
                found.folders += contents.folders
                pending += contents.folders.map { $0 + "/" }
                continue
            }
            let descriptor = prefix.isEmpty ? top : openat(top, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { if descriptor != top { close(descriptor) } }
            for entry in (try? Disk.entries(of: descriptor)) ?? [] {
                let path = prefix + entry.name
                if entry.isFolder {
                    found.folders.append(path)
                    pending.append(path + "/")
                } else {
                    found.files.append(path)
                }
            }
        }
        return found
    }
}
