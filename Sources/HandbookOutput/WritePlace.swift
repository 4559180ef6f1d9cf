import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A place the tool writes to, found where it really is: every symbolic link on the way
/// followed. The one answer to "where does this path lead?" for every writer (the site, the
/// records, forms, registers and exports), so a link cannot carry a write into a folder whose
/// files are published.
public struct WritePlace: Sendable, Equatable {
    /// The path as the user wrote it, for messages.
    public let shownAs: String
    /// The absolute path with no symbolic link in it.
    public let path: String

    public init(_ path: String) {
        shownAs = path
        self.path = Self.resolve(path)
    }

    /// A path made absolute with every symbolic link followed: the real path of its deepest
    /// existing part, then the rest of its names, which cannot be links as they do not exist. A
    /// link whose target does not exist yet is followed too: writing through it would make the
    /// target.
    public static func resolve(_ path: String) -> String {
        resolve(path, links: 0)
    }

    private static func resolve(_ path: String, links: Int) -> String {
        let absolute = path.hasPrefix("/") ? path : workingFolder + "/" + path
        var parts = absolute.split(separator: "/").map(String.init)
        var rest: [String] = []
        var base = "/"
        while !parts.isEmpty {
            let prefix = "/" + parts.joined(separator: "/")
            if let real = realpath(prefix, nil) {
                base = String(cString: real)
                free(real)
                break
            }
            // As the kernel does, a chain of more than 40 links is given up on.
            if links < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: prefix) {
                let folder = "/" + parts.dropLast().joined(separator: "/")
                let followed = target.hasPrefix("/") ? target : folder + "/" + target
                return resolve(([followed] + rest).joined(separator: "/"), links: links + 1)
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

    /// The folder the command runs in; relative paths start here.
    static var workingFolder: String { FileManager.default.currentDirectoryPath }

    /// Whether this place is `folder` or lies inside it.
    public func isInside(_ folder: WritePlace) -> Bool {
        path == folder.path || folder.path == "/" || path.hasPrefix(folder.path + "/")
    }

    /// Whether one of the two places is the other or lies inside it.
    public func overlaps(_ other: WritePlace) -> Bool {
        isInside(other) || other.isInside(self)
    }

    /// The nearest folder at or above this place that a build marked as a site, if any.
    public var markedSite: String? {
        var folder = path
        while true {
            if access((folder == "/" ? "" : folder) + "/" + SiteMarker.name, F_OK) == 0 { return folder }
            guard folder != "/", let slash = folder.lastIndex(of: "/") else { return nil }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
    }
}
