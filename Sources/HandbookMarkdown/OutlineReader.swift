import Foundation

/// Reads the headings, rule blocks, dropped content and links out of a parsed tree.
struct OutlineReader {
    let tree: MarkdownTree
    /// The file's line number of the Markdown's first line.
    let firstLine: Int

    func outline() -> PolicyOutline {
        var headings: [Heading] = []
        var blocks: [TextBlock] = []
        var slugger = HeadingSlugger()
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            let line = node.line + firstLine - 1
            if node.kind == .heading {
                let text = tree.plainText(of: index)
                headings.append(Heading(level: node.level, text: text, id: slugger.slug(for: text), line: line))
            } else if let kind = tree.outlineBlockKind(of: index) {
                let text = kind == .listItem ? ownText(ofItem: index) : tree.plainText(of: index)
                blocks.append(TextBlock(index: blocks.count, kind: kind, text: text,
                                        normalizedText: TextNormalizer.normalize(text),
                                        line: line, section: headings.isEmpty ? nil : headings.count - 1))
            }
        }
        let (dropped, links) = droppedContentAndLinks()
        return PolicyOutline(headings: headings, blocks: blocks, dropped: dropped, links: links)
    }

    /// An item's own words: its paragraphs, not the items of a list nested inside it.
    private func ownText(ofItem item: Int) -> String {
        tree.children(of: item)
            .filter { tree.nodes[$0].kind != .list }
            .map { tree.plainText(of: $0) }
            .joined(separator: " ")
    }

    /// Raw HTML (blocks and inline) and links or images whose address cmark's safe mode refuses;
    /// and every link and image. A node without a line of its own takes its block's.
    private func droppedContentAndLinks() -> ([DroppedContent], [MarkdownLink]) {
        var dropped: [DroppedContent] = []
        var links: [MarkdownLink] = []
        var blockLine = firstLine
        for node in tree.nodes {
            if node.kind.isBlock { blockLine = node.line + firstLine - 1 }
            let line = node.line > 0 ? node.line + firstLine - 1 : blockLine
            switch node.kind {
            case .htmlBlock, .htmlInline:
                dropped.append(DroppedContent(kind: .html, text: node.literal.trimmingCharacters(in: .whitespacesAndNewlines),
                                              line: line))
            case .link, .image:
                links.append(MarkdownLink(url: node.url, line: line, isImage: node.kind == .image))
                if UnsafeURL.isUnsafe(node.url, image: node.kind == .image) {
                    dropped.append(DroppedContent(kind: .unsafeLink, text: node.url, line: line))
                }
            default:
                break
            }
        }
        return (dropped, links)
    }
}

extension MarkdownTree {
    /// Whether a node is one of the outline's blocks: a list item, or a paragraph not directly
    /// inside one. The renderer counts blocks the same way to find each block's tags.
    func outlineBlockKind(of index: Int) -> TextBlock.Kind? {
        let node = nodes[index]
        switch node.kind {
        case .item: return .listItem
        case .paragraph where node.parent < 0 || nodes[node.parent].kind != .item: return .paragraph
        default: return nil
        }
    }
}
