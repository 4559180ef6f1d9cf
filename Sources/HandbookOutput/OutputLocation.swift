import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where an output folder really is, once every symbolic link on the way is followed, and the
/// checks that it may be replaced.
struct OutputLocation: Sendable {
    /// The output as the user wrote it, for messages.
    let shownAs: String
    /// The absolute path with no symbolic link in it.
    let path: String
    let parent: String
    let name: String

    init(_ output: String, protecting protected: [String]) throws(OutputError) {
        shownAs = output
        let place = WritePlace(output)
        path = place.path
        guard path != "/", let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            throw OutputError(.notMadeByHandbook, path: output)
        }
        parent = slash == path.utf8.startIndex ? "/" : String(path[..<slash])
        name = String(path[path.index(after: slash)...])
        for folder in protected where place.overlaps(WritePlace(folder)) {
            throw OutputError(.overlaps(protected: folder), path: output)
        }
    }

    /// The output may be replaced when it is absent, empty, or marked as made by handbook.
    /// Returns its status when it exists.
    func checkReplaceable() throws(OutputError) -> stat? {
        let info: stat?
        do {
            info = try Disk.status(path)
        } catch {
            throw OutputError(errno: error.code, path: shownAs)
        }
        guard let info else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw OutputError(.notAFolder, path: shownAs) }
        let names: [String]
        do {
            names = try Disk.names(in: path)
        } catch {
            throw OutputError(errno: error.code, path: shownAs)
        }
        guard names.isEmpty || names.contains(SiteMarker.name) else {
            throw OutputError(.notMadeByHandbook, path: shownAs)
        }
        return info
    }
}
