/// Checks a path a build gives for a file of the site, so that no name can reach outside it or
/// replace the marker that says the folder is handbook's.
enum SitePath {
    static func check(_ path: String) throws(OutputError) {
        // Every page written comes through here: an ASCII path is checked on its bytes, where a
        // slash is always a character of its own.
        let plain = path.utf8.withContiguousStorageIfAvailable(isPlainASCIIPath) ?? nil
        let parts = plain == nil ? path.split(separator: "/", omittingEmptySubsequences: false) : []
        guard !path.isEmpty, plain ?? parts.allSatisfy(isPlainName), path != SiteMarker.name
        else { throw OutputError(.unsafePath, path: path) }
    }

    /// Whether an ASCII path is plain names joined by single slashes; nil when it is not ASCII.
    private static func isPlainASCIIPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var start = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
            guard byte < 0x80 else { return nil }
            guard byte == UInt8(ascii: "/") else { continue }
            let length = index - start
            // Empty, `.` or `..`.
            if length == 0 || (length <= 2 && bytes[start..<index].allSatisfy { $0 == UInt8(ascii: ".") }) { return false }
            start = index + 1
        }
        return !bytes.contains(0) && !bytes.contains(UInt8(ascii: "\\"))
    }

    private static func isPlainName(_ part: Substring) -> Bool {
        !part.isEmpty && part != "." && part != ".." && !part.utf8.contains(0) && !part.utf8.contains(UInt8(ascii: "\\"))
            && !part.utf8.contains(UInt8(ascii: "/"))
    }
}
