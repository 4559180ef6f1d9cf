/// A policy's Markdown, parsed once by cmark into plain values: its outline for checking rules
/// against, and the tree to render as HTML as often as needed.
public struct MarkdownDocument: Sendable {
    public let tree: MarkdownTree
    public let outline: PolicyOutline

    /// `firstLine` is the line of the file the Markdown starts on, so reported lines are the file's.
    public init(markdown: String, firstLine: Int = 1) {
        tree = CmarkTreeReader.read(markdown)
        outline = OutlineReader(tree: tree, firstLine: firstLine).outline()
    }

    /// HTML as cmark's safe mode prints it (raw HTML and dangerous addresses dropped), with an id
    /// on every heading and each rule's tag placed at the top of the block that holds its quote.
    /// `tags` maps a block index to the HTML of the tags for that block; it must only hold markup
    /// built by the caller from validated values.
    public func renderHTML(tags: [Int: String], headingLevelShift: Int,
                           links: (String) -> LinkChange = { _ in .keep }) -> String {
        renderRootedHTML(tags: tags, headingLevelShift: headingLevelShift, links: links).placed(root: "")
    }

    /// The same HTML, with the place of every link given from the site root (`pointFromRoot`)
    /// recorded, for pages at different depths to put their own way back to the root in front.
    public func renderRootedHTML(tags: [Int: String], headingLevelShift: Int,
                                 links: (String) -> LinkChange) -> RootedHTML {
        withoutActuallyEscaping(links) { links in
            var renderer = HTMLRenderer(tree: tree, headings: outline.headings, tags: tags,
                                        headingLevelShift: headingLevelShift, links: links, addsHeadingIDs: true)
            return renderer.renderRooted()
        }
    }

    /// HTML exactly as cmark's safe mode prints it, without heading ids, tags or link changes.
    public func renderHTML() -> String {
        var renderer = HTMLRenderer(tree: tree, headings: [], tags: [:], headingLevelShift: 0,
                                    links: { _ in .keep }, addsHeadingIDs: false)
        return renderer.render()
    }
}
