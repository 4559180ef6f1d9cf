/// Prints a parsed tree as cmark 0.30's `cmark_render_html` does in safe mode, walking it with an
/// explicit stack. It also prints what the handbook used to add by changing cmark's tree: an id
/// on each heading (as a block of its own, levels shifted), rule tags in a `<div>` around a
/// paragraph or inside a list item's `<li>`, and links re-pointed or unwrapped.
struct HTMLRenderer {
    private let nodes: [MarkdownNode]
    private let tree: MarkdownTree
    private let headings: [Heading]
    private let tags: [Int: String]
    private let headingLevelShift: Int
    private let links: (String) -> LinkChange
    /// Whether headings print as blocks of their own with an id, or as cmark prints them.
    private let addsHeadingIDs: Bool

    private var out = HTMLOutput()
    /// While set, only the text of nodes is printed: an image's alt text, until that image ends.
    private var plainImage: Int?
    private var headingCount = 0
    private var blockCount = 0
    /// Nodes printed inside a tag wrapper, and links printed without their `<a>`.
    private var tagged: Set<Int> = []
    private var unlinked: Set<Int> = []

    init(tree: MarkdownTree, headings: [Heading], tags: [Int: String], headingLevelShift: Int,
         links: @escaping (String) -> LinkChange, addsHeadingIDs: Bool) {
        self.tree = tree
        nodes = tree.nodes
        self.headings = headings
        self.tags = tags
        self.headingLevelShift = headingLevelShift
        self.links = links
        self.addsHeadingIDs = addsHeadingIDs
    }

    mutating func render() -> String {
        renderRooted().html
    }

    mutating func renderRooted() -> RootedHTML {
        var open: [Int] = []
        for index in nodes.indices {
            while let top = open.last, nodes[top].end <= index {
                open.removeLast()
                exit(top)
            }
            enter(index)
            if !nodes[index].kind.isLeaf { open.append(index) }
        }
        while let top = open.popLast() { exit(top) }
        return RootedHTML(html: String(decoding: out.bytes, as: UTF8.self), rootOffsets: out.rootOffsets)
    }

    private mutating func enter(_ index: Int) {
        let node = nodes[index]
        let tag = outlineBlockTag(index)
        if plainImage != nil {
            printPlain(node)
            return
        }
        switch node.kind {
        case .document, .other:
            break
        case .blockQuote:
            out.newLineIfNeeded()
            out.append("<blockquote>\n")
        case .list:
            out.newLineIfNeeded()
            guard let list = node.list, list.isOrdered else {
                out.append("<ul>\n")
                break
            }
            out.append(list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n")
        case .item:
            out.newLineIfNeeded()
            out.append("<li>")
            if let tag { printCustomBlock(tag, around: index) }
        case .heading where !addsHeadingIDs:
            out.newLineIfNeeded()
            out.append("<h\(node.level)>")
        case .heading:
            let heading = headingCount < headings.count ? headings[headingCount] : nil
            headingCount += 1
            printCustomBlock("<h\(shiftedLevel(node))\(heading.map { " id=\"\(Self.escaped($0.id))\"" } ?? "")>")
        case .codeBlock:
            printCodeBlock(node)
        case .htmlBlock:
            out.newLineIfNeeded()
            out.append("<!-- raw HTML omitted -->")
            out.newLineIfNeeded()
        case .thematicBreak:
            out.newLineIfNeeded()
            out.append("<hr />\n")
        case .paragraph:
            if let tag { printCustomBlock(tag, around: index) }
            if !isTight(index) {
                out.newLineIfNeeded()
                out.append("<p>")
            }
        case .text:
            out.appendEscaped(node.literal.utf8)
        case .lineBreak:
            out.append("<br />\n")
        case .softBreak:
            out.append("\n")
        case .code:
            out.append("<code>")
            out.appendEscaped(node.literal.utf8)
            out.append("</code>")
        case .htmlInline:
            out.append("<!-- raw HTML omitted -->")
        case .strong:
            out.append("<strong>")
        case .emphasis:
            out.append("<em>")
        case .link:
            guard let (url, fromRoot) = changedURL(of: index) else { return }
            out.append("<a href=\"")
            appendHref(url, fromRoot: fromRoot)
            if let title = node.title {
                out.append("\" title=\"")
                out.appendEscaped(title.utf8)
            }
            out.append("\">")
        case .image:
            out.append("<img src=\"")
            appendHref(node.url)
            out.append("\" alt=\"")
            plainImage = index
        }
    }

    private mutating func exit(_ index: Int) {
        let node = nodes[index]
        if plainImage == index { plainImage = nil }
        if plainImage != nil { return }
        switch node.kind {
        case .blockQuote:
            out.newLineIfNeeded()
            out.append("</blockquote>\n")
        case .list:
            out.append(node.list?.isOrdered == true ? "</ol>\n" : "</ul>\n")
        case .item:
            if tagged.contains(index) { printCustomBlock("</div>") }
            out.append("</li>\n")
        case .heading where !addsHeadingIDs:
            out.append("</h\(node.level)>\n")
        case .heading:
            printCustomBlock("</h\(shiftedLevel(node))>")
        case .paragraph:
            if !isTight(index) { out.append("</p>\n") }
            if tagged.contains(index) { printCustomBlock("</div>") }
        case .strong:
            out.append("</strong>")
        case .emphasis:
            out.append("</em>")
        case .link:
            if !unlinked.contains(index) { out.append("</a>") }
        case .image:
            if let title = node.title {
                out.append("\" title=\"")
                out.appendEscaped(title.utf8)
            }
            out.append("\" />")
        default:
            break
        }
    }

    /// Inside an image's alt text, as cmark prints it: text only. Links are still offered to
    /// `links`, as every link was when the tree was changed before printing.
    private mutating func printPlain(_ node: MarkdownNode) {
        switch node.kind {
        case .text, .code, .htmlInline: out.appendEscaped(node.literal.utf8)
        case .lineBreak, .softBreak: out.append(byte: UInt8(ascii: " "))
        case .link: _ = links(node.url)
        default: break
        }
    }

    private mutating func printCodeBlock(_ node: MarkdownNode) {
        out.newLineIfNeeded()
        if node.info.isEmpty {
            out.append("<pre><code>")
        } else {
            out.append("<pre><code class=\"language-")
            out.appendEscaped(node.info.utf8.prefix { !Self.isSpace($0) })
            out.append("\">")
        }
        out.appendEscaped(node.literal.utf8)
        out.append("</code></pre>\n")
    }

    /// cmark's custom block: the markup on a line of its own.
    private mutating func printCustomBlock(_ markup: String, around index: Int? = nil) {
        if let index { tagged.insert(index) }
        out.newLineIfNeeded()
        out.append(markup)
        out.newLineIfNeeded()
    }

    /// Counts outline blocks in the order the outline lists them and returns this one's tags.
    private mutating func outlineBlockTag(_ index: Int) -> String? {
        guard tree.outlineBlockKind(of: index) != nil else { return nil }
        defer { blockCount += 1 }
        return tags[blockCount]
    }

    /// The address to print and whether it is given from the site root, or nil when the link is
    /// printed as its words alone.
    private mutating func changedURL(of index: Int) -> (url: String, fromRoot: Bool)? {
        switch links(nodes[index].url) {
        case .keep: return (nodes[index].url, false)
        case .point(let url): return (url, false)
        case .pointFromRoot(let path): return (path, true)
        case .unlink:
            unlinked.insert(index)
            return nil
        }
    }

    private mutating func appendHref(_ url: String, fromRoot: Bool = false) {
        let bytes = Array(url.utf8)
        guard !UnsafeURL.isUnsafe(utf8: bytes) else { return }
        if fromRoot { out.markRoot() }
        out.appendEscapedHref(bytes)
    }

    /// Text for an attribute value, escaped as cmark escapes text.
    private static func escaped(_ text: String) -> String {
        var output = HTMLOutput()
        output.appendEscaped(text.utf8)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    private func shiftedLevel(_ heading: MarkdownNode) -> Int {
        min(6, heading.level + headingLevelShift)
    }

    /// A paragraph directly in an item of a tight list prints without `<p>`, unless the item's
    /// content sits in a tag wrapper: then, as in cmark's changed tree, its parent is not the item.
    private func isTight(_ paragraph: Int) -> Bool {
        let parent = nodes[paragraph].parent
        guard parent >= 0, nodes[parent].kind == .item, !tagged.contains(parent) else { return false }
        let grandparent = nodes[parent].parent
        return grandparent >= 0 && nodes[grandparent].list?.isTight == true
    }

    /// cmark_isspace: space, tab, line feed, vertical tab, form feed, carriage return.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
