#if canImport(Glibc)
import Glibc
#endif

/// Inode, size and modification time of a file: changes whenever a file is edited or replaced,
/// and costs one `stat` to read, so a build can trust a page it did not make only if its stamp
/// is the one recorded when it did.
public enum FileStamp {
    /// The stamp of a regular file; nil when there is none, or it is anything else.
    public static func of(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return of(info)
    }

    public static func of(_ info: stat) -> String {
        "\(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Every file of the site in a folder, by path relative to it; handbook's marker and
    /// metadata are not part of the site and are left out.
    public static func tree(_ folder: String) -> [String: String] {
        var stamps: [String: String] = [:]
        for file in FileTree.filesInParallel(under: folder, skipping: [SitePath.metadataFolder]) where !SitePath.isHandbookOwn(file.path) {
            stamps[file.path] = of(file.info)
        }
        return stamps
    }
}
