/// A parsed document as a flat array of nodes in document order; index 0 is the document.
/// Flat so that releasing a deeply nested document never recurses.
public struct MarkdownTree: Sendable, Hashable {
    public internal(set) var nodes: [MarkdownNode]

    init(nodes: [MarkdownNode]) {
        self.nodes = nodes
    }

    /// The indices of a node's children, in order.
    public func children(of index: Int) -> [Int] {
        var found: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            found.append(child)
            child = nodes[child].end
        }
        return found
    }

    /// The text a reader sees in a node, with line breaks as spaces and markup removed; blocks
    /// after the first within a container are separated by a space.
    public func plainText(of index: Int) -> String {
        var text = ""
        for descendant in index..<nodes[index].end {
            let node = nodes[descendant]
            if descendant != index, node.kind.isBlock, descendant != node.parent + 1 { text += " " }
            switch node.kind {
            case .text, .code, .codeBlock: text += node.literal
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return text
    }
}
