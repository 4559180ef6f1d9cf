/// Checks a path a build gives for a file of the site, so that no name can reach outside it or
/// into the folders handbook keeps for itself.
enum SitePath {
    /// Where build metadata lives inside the output folder; never listed as part of the site.
    static let metadataFolder = ".handbook"

    static func check(_ path: String) throws(OutputError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, parts.allSatisfy(isPlainName),
              parts.first.map(String.init) != metadataFolder, path != SiteMarker.name
        else { throw OutputError(.unsafePath, path: path) }
    }

    /// One name of a metadata file: a plain name, nothing below it.
    static func checkMetadataName(_ name: String) throws(OutputError) {
        guard isPlainName(Substring(name)) else { throw OutputError(.unsafePath, path: name) }
    }

    private static func isPlainName(_ part: Substring) -> Bool {
        !part.isEmpty && part != "." && part != ".." && !part.utf8.contains(0) && !part.utf8.contains(UInt8(ascii: "\\"))
            && !part.utf8.contains(UInt8(ascii: "/"))
    }

    /// Whether a path from a site folder's root belongs to handbook's own files, not the site.
    static func isHandbookOwn(_ path: String) -> Bool {
        path == SiteMarker.name || path == metadataFolder || path.hasPrefix(metadataFolder + "/")
    }
}
