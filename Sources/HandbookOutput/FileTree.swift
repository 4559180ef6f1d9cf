#if canImport(Glibc)
import Glibc
#endif

/// Lists the files under a folder with POSIX calls: Foundation's enumerator, with a URL and a
/// `fileExists` per entry, was most of the time of a build in which nothing changed.
public enum FileTree {
    /// Paths relative to `folder`, sorted, of every file below it, hidden ones included; a link
    /// to a file counts as that file, a link to a folder is not followed.
    public static func files(under folder: String) -> [(path: String, info: stat)] {
        var found: [(path: String, info: stat)] = []
        walk(folder, prefix: "", into: &found)
        return found.sorted { $0.path < $1.path }
    }

    private static func walk(_ folder: String, prefix: String, into found: inout [(path: String, info: stat)]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = Disk.name(of: entry)
            guard name != ".", name != ".." else { continue }
            let full = folder + "/" + name
            let relative = prefix + name
            var info = stat()
            if entry.pointee.d_type == UInt8(DT_DIR) {
                walk(full, prefix: relative + "/", into: &found)
            } else if stat(full, &info) == 0 {
                if (info.st_mode & S_IFMT) == S_IFREG {
                    found.append((relative, info))
                } else if (info.st_mode & S_IFMT) == S_IFDIR, entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    walk(full, prefix: relative + "/", into: &found)
                }
            }
        }
    }
}
