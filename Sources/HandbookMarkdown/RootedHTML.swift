/// Rendered HTML whose links to other pages of the site start from the site root, with the
/// place of each such link recorded, so one rendering can be placed on pages at any depth.
public struct RootedHTML: Sendable, Hashable {
    /// The HTML with nothing in front of the root-relative links.
    public let html: String
    /// UTF-8 offsets into `html`, in increasing order, where a page's way back to the root goes.
    public let rootOffsets: [Int]

    public init(html: String, rootOffsets: [Int]) {
        self.html = html
        self.rootOffsets = rootOffsets
    }

    /// The HTML as it reads on a page whose way back to the site root is `root` (`../../`).
    public func placed(root: String) -> String {
        guard !rootOffsets.isEmpty, !root.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + rootOffsets.count * root.utf8.count)
        var copied = 0
        for offset in rootOffsets {
            out += bytes[copied..<offset]
            out += root.utf8
            copied = offset
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }
}
