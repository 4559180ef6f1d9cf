import CCmark

/// A version of the cmark library. The site's bytes rest on 0.30.x: the renderer prints what
/// cmark 0.30 prints, and 0.31 both parses some text differently and names a code block's
/// language differently, so a command that reads policy Markdown refuses any other version.
public struct CmarkVersion: Sendable, Hashable, CustomStringConvertible {
    public let major: Int
    public let minor: Int
    public let patch: Int

    /// As `cmark_version()` packs it: major, minor and patch in one byte each.
    public init(packed: Int) {
        major = packed >> 16 & 0xFF
        minor = packed >> 8 & 0xFF
        patch = packed & 0xFF
    }

    /// The library this process runs with, which may not be the one it was built against.
    public static var linked: CmarkVersion { CmarkVersion(packed: Int(cmark_version())) }

    public var description: String { "\(major).\(minor).\(patch)" }

    /// Nil for 0.30.x, the only version the handbook's pages are written for.
    public var mismatch: CmarkVersionMismatch? {
        major == 0 && minor == 30 ? nil : CmarkVersionMismatch(found: self)
    }
}

public struct CmarkVersionMismatch: Error, Sendable, Hashable, CustomStringConvertible {
    public let found: CmarkVersion

    public var description: String {
        "the cmark library linked is version \(found), but handbook needs cmark 0.30.x: its pages are "
            + "written exactly as cmark 0.30 writes them, and later versions change them (0.31 names "
            + "code block languages differently). Install cmark 0.30 (Debian 12's package libcmark-dev, "
            + "0.30.2) and build handbook again."
    }
}
