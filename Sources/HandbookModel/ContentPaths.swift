/// Paths and ids as they appear in content and in the site.
public enum ContentPaths {
    /// The folder part of a path as the user typed it, kept relative: `a/b/edition.yml` is `a/b`.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// Joins a folder as the user typed it with a relative path, without doubling slashes.
    public static func join(_ base: String, _ relative: String) -> String {
        if base.isEmpty || base == "." { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    /// Lower-case letters and digits in groups joined by single hyphens: safe in URLs and file names.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.first != "-", id.last != "-", !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
