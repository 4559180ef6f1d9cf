/// Where a build puts the files of a site: a folder on disk, or memory for tests and previews.
public protocol OutputSink: Sendable {
    /// Writes one file; `path` is relative to the site root and `/`-separated.
    func write(_ bytes: [UInt8], to path: String) throws(OutputError)
    /// Keeps a file of the previous output unchanged when it still has `stamp`; false when it
    /// cannot, and the file must be written instead.
    func reuse(_ path: String, stamp: String?) -> Bool
    /// The stamp of every file written or reused so far, by path from the site root.
    var files: [String: String] { get }
    /// Called once every page is written or kept, before the site is read as a whole (by the
    /// link check and the search indexer): nothing but those pages may be there by then.
    func pagesWritten()
}

extension OutputSink {
    public func pagesWritten() {}
}
