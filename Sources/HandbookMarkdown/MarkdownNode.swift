/// One node of a parsed Markdown document, as a plain value. Nodes live in a flat array in
/// document order (a node, then all its descendants), so a subtree is a range of indices.
public struct MarkdownNode: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        /// A node type this version does not know; it prints nothing, its children still print.
        case other

        public var isBlock: Bool {
            switch self {
            case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak:
                true
            default:
                false
            }
        }

        /// Nodes that never have children: cmark's iterator only enters them, it never exits.
        public var isLeaf: Bool {
            switch self {
            case .htmlBlock, .thematicBreak, .codeBlock, .text, .softBreak, .lineBreak, .code, .htmlInline:
                true
            default:
                false
            }
        }
    }

    public struct ListInfo: Sendable, Hashable {
        public var isOrdered: Bool
        public var start: Int
        public var isTight: Bool
    }

    public var kind: Kind
    /// The text of text, code, code block and HTML nodes.
    public var literal: String = ""
    /// Links and images.
    public var url: String = ""
    /// Links and images; nil when none was written, which cmark prints differently from `""`.
    public var title: String?
    /// A fenced code block's info string.
    public var info: String = ""
    /// Headings: 1 for `#`.
    public var level: Int = 0
    public var list: ListInfo?
    /// The line cmark gives the node, counted from 1 at the start of the Markdown; 0 for none.
    public var line: Int = 0
    /// The index of the parent node; -1 for the document.
    public var parent: Int = -1
    /// One past the index of the node's last descendant.
    public var end: Int = 0
}
