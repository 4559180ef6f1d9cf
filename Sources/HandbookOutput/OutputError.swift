#if canImport(Glibc)
import Glibc
#endif

/// Why the site could not be written, in words a school office can act on; the caller turns it
/// into a diagnostic.
public struct OutputError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The output path names a file.
        case notAFolder
        /// The output folder holds files handbook did not make, which a build would replace.
        case notMadeByHandbook
        /// The output is, holds, or lies inside a folder that must not be replaced.
        case overlaps(protected: String)
        /// A path inside the site that would leave it, or is not a plain name.
        case unsafePath
        /// Another build holds the output.
        case busy
        case diskFull
        case permissionDenied
        case io(String)
    }

    /// The path concerned, as the user wrote it (or, for `.unsafePath`, as the build wrote it).
    public let path: String
    public let kind: Kind
    /// True on every failure after a sink's first: the first was already reported, and these
    /// only stop the build.
    public let alreadyReported: Bool

    public init(_ kind: Kind, path: String, alreadyReported: Bool = false) {
        self.kind = kind
        self.path = path
        self.alreadyReported = alreadyReported
    }

    /// The error a failed system call left in `errno`.
    init(errno code: Int32, path: String) {
        switch code {
        case ENOSPC, EDQUOT: self.init(.diskFull, path: path)
        case EACCES, EPERM, EROFS: self.init(.permissionDenied, path: path)
        default: self.init(.io(String(cString: strerror(code))), path: path)
        }
    }

    var repeated: OutputError { OutputError(kind, path: path, alreadyReported: true) }

    public var message: String {
        switch kind {
        case .notAFolder: "\(path) is a file, not a folder, so the website cannot be put there"
        case .notMadeByHandbook: "the folder \(path) already holds files that handbook did not make"
        case .overlaps(let protected): "the website folder \(path) overlaps the folder \(protected)"
        case .unsafePath: "\(path) is not a name a file inside the website can have"
        case .busy: "another build is writing the website in \(path) right now"
        case .diskFull: "the disk is full, so the website in \(path) could not be written"
        case .permissionDenied: "this account may not change \(path), so the website could not be written"
        case .io(let detail): "the website in \(path) could not be written: \(detail)"
        }
    }

    public var hint: String {
        let unchanged = "the previous website was left as it was"
        return switch kind {
        case .notAFolder: "choose a folder for the website instead, such as `site`"
        case .notMadeByHandbook:
            "building would replace everything in it; choose an empty or new folder, or move those files somewhere else first"
        case .overlaps:
            "every build replaces the whole website folder, so it must be kept apart from your policies and templates; choose a separate folder, such as `site`"
        case .unsafePath: "each part of a name must be a plain file or folder name; check the page names in the templates"
        case .busy: "wait for the other build to finish, then build again"
        case .diskFull: "free some space on the disk, then build again; \(unchanged)"
        case .permissionDenied: "build into a folder this account may change, or ask whoever looks after this computer; \(unchanged)"
        case .io: "try again; if it keeps happening, ask whoever looks after this computer; \(unchanged)"
        }
    }
}
