import HandbookModel

/// A folder no writer but the build may put files in: the site, and content/ and templates/
/// that the site is made from, wherever they are for the run.
public struct GuardedFolder: Sendable, Equatable {
    public enum Role: String, Sendable {
        case site, content, templates
    }

    public let role: Role
    public let place: WritePlace

    public init(_ role: Role, _ path: String) {
        self.role = role
        place = WritePlace(path)
    }
}

/// Why a writer may not write where it was asked to: the place, and the guarded folder it is in.
public struct WriteRefusal: Error, Sendable, Equatable {
    /// What was to be written, in words: "the records folder", "the export".
    public let what: String
    /// The place as the user wrote it.
    public let path: String
    /// Where the place really is, when a symbolic link leads it somewhere its name does not say.
    public let linkedTo: String?
    public let role: GuardedFolder.Role
    /// The guarded folder, as the user wrote it (or, for a site found by its marker, where it is).
    public let folder: String

    public var message: String {
        let through = linkedTo.map { " (a symbolic link leads it to \($0))" } ?? ""
        return switch role {
        case .site: "\(what) \(path) is inside the published site \(folder)\(through), and names must never be published"
        case .content, .templates:
            "\(what) \(path) is inside the \(role.rawValue) folder \(folder)\(through), whose files can end up in the published site"
        }
    }
}

/// The one check every writer makes before it writes: never into a site, nor into the content
/// or templates folder, compared where they really are, after every symbolic link.
public enum WriteGuard {
    public static func check(_ path: String, what: String, guarding folders: [GuardedFolder]) throws(WriteRefusal) {
        let place = WritePlace(path)
        let linkedTo = place.path == lexical(path) ? nil : place.path
        if let site = place.markedSite {
            throw WriteRefusal(what: what, path: path, linkedTo: linkedTo, role: .site, folder: site)
        }
        for folder in folders where place.isInside(folder.place) {
            throw WriteRefusal(what: what, path: path, linkedTo: linkedTo, role: folder.role, folder: folder.place.shownAs)
        }
    }

    /// The absolute path the name alone gives, no link followed: what the user thinks it is.
    private static func lexical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : RealPath.workingFolder + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
