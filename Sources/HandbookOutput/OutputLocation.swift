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
        path = Self.resolve(output)
        guard path != "/", let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            throw OutputError(.notMadeByHandbook, path: output)
        }
        parent = slash == path.utf8.startIndex ? "/" : String(path[..<slash])
        name = String(path[path.index(after: slash)...])
        for folder in protected where Self.overlap(path, Self.resolve(folder)) {
            throw OutputError(.overlaps(protected: folder), path: output)
        }
    }

    /// A path made absolute with every symbolic link followed: the real path of its deepest
    /// existing folder, then the rest of its names, which cannot be links as they do not exist.
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts = absolute.split(separator: "/").map(String.init)
        var rest: [String] = []
        var base = "/"
        while !parts.isEmpty {
            if let real = realpath("/" + parts.joined(separator: "/"), nil) {
                base = String(cString: real)
                free(real)
                break
            }
            rest.insert(parts.removeLast(), at: 0)
        }
        var resolved = base.split(separator: "/").map(String.init)
        for part in rest {
            switch part {
            case ".": continue
            case "..": _ = resolved.popLast()
            default: resolved.append(part)
            }
        }
        return "/" + resolved.joined(separator: "/")
    }

    /// Whether one of two real paths is the other or lies inside it.
    private static func overlap(_ first: String, _ second: String) -> Bool {
        func inside(_ inner: String, _ outer: String) -> Bool {
            outer == "/" || inner.hasPrefix(outer + "/")
        }
        return first == second || inside(first, second) || inside(second, first)
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
