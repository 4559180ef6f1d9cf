import Foundation

/// Inode, size and modification time of a file: changes whenever a file is edited or replaced,
/// and costs one `stat` to read, so a build can trust a page it did not make only if its stamp
/// is the one recorded when it did.
enum FileStamp {
    static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return of(info)
    }

    static func of(_ info: stat) -> String {
        "\(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Every file under a folder, by path relative to it.
    static func tree(_ folder: URL) -> [String: String] {
        var stamps: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        for case let path as String in enumerator {
            let full = folder.appendingPathComponent(path).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let stamp = of(full) else { continue }
            stamps[path] = stamp
        }
        return stamps
    }
}
