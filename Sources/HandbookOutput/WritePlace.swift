import Foundation
import HandbookModel
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
        self.path = RealPath.of(path)
    }

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
