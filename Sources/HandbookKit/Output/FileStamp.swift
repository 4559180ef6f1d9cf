import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite

/// Inode, size and modification time of a file: changes whenever a file is edited or replaced,
/// and costs one `stat` to read, so a build can trust a page it did not make only if its stamp
/// is the one recorded when it did.
package enum FileStamp {
    package static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return of(info)
    }

    package static func of(_ info: stat) -> String {
        "\(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Every file under a folder, by path relative to it.
    package static func tree(_ folder: URL) -> [String: String] {
        var stamps: [String: String] = [:]
        for file in FileTree.files(under: folder.path) { stamps[file.path] = of(file.info) }
        return stamps
    }
}
