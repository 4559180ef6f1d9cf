#if canImport(Glibc)
import Glibc
#endif

/// What a build left in its site: the status of every folder of pages once they were all
/// written, and every page. A site becomes the previous site of the one that replaces it, and
/// the build after that starts from it (see `PreviousSite`); that build lists again only the
/// folders whose status changed since this record, because reading a folder's entries is most
/// of the cost of listing a site with a folder a page.
///
/// Adding, removing or renaming anything in a folder changes its modification time, so a folder
/// with the recorded status holds what the record says. The record is only a guide to
/// what to look at: anything it does not describe, the site's own top folder included, is listed.
struct SiteRecord: Sendable, Equatable {
    static let metadataName = "site-record"
    /// The record of the published site, kept in the site that replaces it for the build after.
    static let previousName = "previous-record"

    /// The inode of the site's own folder: a record is used only on the folder it describes.
    var root: UInt64
    /// Every folder below the root that holds pages, by path from it.
    var folders: [String: FileStatus]
    /// Every page, by path from the root.
    var files: [String]

    /// The record of `site` now, for these folders and files; nil when its folder is gone.
    static func take(of site: String, folders: Set<String>, files: [String]) -> SiteRecord? {
        let top = open(site, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard top >= 0 else { return nil }
        defer { close(top) }
        var info = stat()
        guard fstat(top, &info) == 0 else { return nil }
        var record = SiteRecord(root: UInt64(info.st_ino), folders: [:], files: files)
        record.folders.reserveCapacity(folders.count)
        for folder in folders where fstatat(top, folder, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR {
            record.folders[folder] = FileStatus(info)
        }
        return record
    }

    /// Whether the folder at `path`, from the folder open as `top`, is still as recorded.
    func isUnchanged(_ path: String, in top: Int32) -> Bool {
        guard let recorded = folders[path] else { return false }
        var info = stat()
        return fstatat(top, path, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            && FileStatus(info) == recorded
    }

    /// The files and the sub-folders of each recorded folder ("" for the root), by path.
    func contents() -> [String: (files: [String], folders: [String])] {
        var contents: [String: (files: [String], folders: [String])] = [:]
        for file in files { contents[Self.parent(of: file), default: ([], [])].files.append(file) }
        for folder in folders.keys { contents[Self.parent(of: folder), default: ([], [])].folders.append(folder) }
        return contents
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Its format number first, then the root's inode, each folder's path and status, and the files.
    private static let format = 4

    func encoded() -> [UInt8] {
        var writer = CacheWriter(capacity: folders.count * 100 + files.count * 50)
        writer.write(Self.format)
        writer.write(Int(truncatingIfNeeded: root))
        writer.write(folders) { writer, folder in
            writer.write(folder.key)
            folder.value.write(into: &writer)
        }
        writer.write(files) { $0.write($1) }
        return writer.bytes
    }

    /// Read back from `encoded()`; nil for anything else, and the folders are then all listed.
    init?(decoding bytes: [UInt8]) {
        var reader = CacheReader(bytes)
        guard let format = try? reader.int(), format == Self.format,
              let root = try? reader.int(),
              let folders = try? reader.list({ reader throws(CacheReader.Damaged) in
                  (try reader.string(), try FileStatus(from: &reader))
              }),
              let files = try? reader.list({ reader throws(CacheReader.Damaged) in try reader.string() }),
              reader.atEnd
        else { return nil }
        self.init(root: UInt64(truncatingIfNeeded: root), folders: Dictionary(folders, uniquingKeysWith: { _, last in last }),
                  files: files)
    }

    init(root: UInt64, folders: [String: FileStatus], files: [String]) {
        self.root = root
        self.folders = folders
        self.files = files
    }
}
