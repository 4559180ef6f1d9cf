/// Where a build puts the files of a site: a folder on disk, or memory for previews and tests.
public protocol OutputSink: Sendable {
    /// Writes one file; `path` is relative to the site root and `/`-separated.
    func write(_ bytes: [UInt8], to path: String) throws(OutputError)
    /// Every file written so far, by path from the site root.
    var files: Set<String> { get }
}
