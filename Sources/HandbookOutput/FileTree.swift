#if canImport(Glibc)
import Glibc
#endif

/// Lists the files under a folder with POSIX calls.
public enum FileTree {
    /// Paths relative to `folder`, sorted, of every file below it, hidden ones included; a link
    /// to a file counts as that file, a link to a folder is not followed.
    public static func files(under folder: String) -> [String] {
        var found: [String] = []
        walk(folder, prefix: "", into: &found)
        return found.sorted()
    }

    private static func walk(_ folder: String, prefix: String, into found: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = Disk.name(of: entry)
            guard name != ".", name != ".." else { continue }
            var info = stat()
            guard fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                walk(folder + "/" + name, prefix: prefix + name + "/", into: &found)
            } else if kind == S_IFREG
                || (kind == S_IFLNK && fstatat(dirfd(directory), name, &info, 0) == 0 && info.st_mode & S_IFMT == S_IFREG) {
                found.append(prefix + name)
            }
        }
    }
}
