/// A link or image in the Markdown, whatever its address: the caller decides which ones point
/// at other policies or need checking.
public struct MarkdownLink: Sendable, Hashable {
    public var url: String
    /// The line in the file where the link is written.
    public var line: Int
    public var isImage: Bool

    public init(url: String, line: Int, isImage: Bool) {
        self.url = url
        self.line = line
        self.isImage = isImage
    }
}
