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

    private static func walk(_ folder: String, prefix: String, skipping: Set<String> = [],
                             into found: inout [(path: String, info: stat)]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = Disk.name(of: entry)
            guard name != ".", name != "..", !skipping.contains(name) else { continue }
            let full = folder + "/" + name
            let relative = prefix + name
            var info = stat()
            if entry.pointee.d_type == UInt8(DT_DIR) {
                walk(full, prefix: relative + "/", into: &found)
            } else if fstatat(dirfd(directory), name, &info, 0) == 0 {
                if (info.st_mode & S_IFMT) == S_IFREG {
                    found.append((relative, info))
                } else if (info.st_mode & S_IFMT) == S_IFDIR, entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    walk(full, prefix: relative + "/", into: &found)
                }
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

    static func entries(under folder: String) -> Entries {
        var found = Entries()
        let top = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard top >= 0 else { return found }
        defer { close(top) }
        var pending = [""]
        while let prefix = pending.popLast() {
            let descriptor = prefix.isEmpty ? top : openat(top, String(prefix.dropLast()), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
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
