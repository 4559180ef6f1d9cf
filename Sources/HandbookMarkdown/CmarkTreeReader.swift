import CCmark
import Foundation

/// Parses Markdown with cmark and copies the tree into Swift values; the cmark tree is freed
/// before `read` returns.
enum CmarkTreeReader {
    static func read(_ markdown: String) -> MarkdownTree {
        let length = markdown.utf8.count
        guard let root = markdown.withCString({ cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }) else {
            return MarkdownTree(nodes: [MarkdownNode(kind: .document, end: 1)])
        }
        defer { cmark_node_free(root) }
        var (nodes, untitled) = copyNodes(root)
        markWrittenEmptyTitles(untitled, in: &nodes)
        return MarkdownTree(nodes: nodes)
    }

    /// The nodes in document order, and the links and images whose title reads as empty.
    private static func copyNodes(_ root: OpaquePointer) -> ([MarkdownNode], [(index: Int, node: OpaquePointer)]) {
        var nodes: [MarkdownNode] = []
        var untitled: [(index: Int, node: OpaquePointer)] = []
        var open: [Int] = []
        guard let iterator = cmark_iter_new(root) else { return ([MarkdownNode(kind: .document, end: 1)], []) }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_EXIT {
                if let index = open.popLast() { nodes[index].end = nodes.count }
                continue
            }
            guard event == CMARK_EVENT_ENTER, let pointer = cmark_iter_get_node(iterator) else { continue }
            var node = value(of: pointer)
            node.parent = open.last ?? -1
            node.end = nodes.count + 1
            if node.kind == .link || node.kind == .image, node.title?.isEmpty == true {
                untitled.append((nodes.count, pointer))
            }
            if !node.kind.isLeaf { open.append(nodes.count) }
            nodes.append(node)
        }
        return (nodes, untitled)
    }

    private static func value(of pointer: OpaquePointer) -> MarkdownNode {
        var node = MarkdownNode(kind: kind(of: cmark_node_get_type(pointer)))
        node.line = Int(cmark_node_get_start_line(pointer))
        switch node.kind {
        case .text, .code, .htmlBlock, .htmlInline:
            node.literal = string(cmark_node_get_literal(pointer))
        case .codeBlock:
            node.literal = string(cmark_node_get_literal(pointer))
            node.info = string(cmark_node_get_fence_info(pointer))
        case .link, .image:
            node.url = string(cmark_node_get_url(pointer))
            node.title = string(cmark_node_get_title(pointer))
        case .heading:
            node.level = Int(cmark_node_get_heading_level(pointer))
        case .list:
            node.list = MarkdownNode.ListInfo(isOrdered: cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST,
                                              start: Int(cmark_node_get_list_start(pointer)),
                                              isTight: cmark_node_get_list_tight(pointer) != 0)
        default:
            break
        }
        return node
    }

    /// cmark's API gives `""` both for a link written without a title and for one written with
    /// `""`, but its HTML prints `title=""` only for the second. Rendering the node on its own,
    /// children removed, shows which it is. Children are freed here, not put back: the tree is
    /// freed next anyway, and re-attaching costs a walk up to the root for each child. Later
    /// nodes come first so that a nested image is read before its parent's children go.
    private static func markWrittenEmptyTitles(_ untitled: [(index: Int, node: OpaquePointer)], in nodes: inout [MarkdownNode]) {
        for (index, pointer) in untitled.reversed() {
            while let child = cmark_node_first_child(pointer) {
                cmark_node_unlink(child)
                cmark_node_free(child)
            }
            guard let html = cmark_render_html(pointer, CMARK_OPT_DEFAULT) else { continue }
            if strstr(html, " title=\"") == nil { nodes[index].title = nil }
            free(html)
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of type: cmark_node_type) -> MarkdownNode.Kind {
        switch type {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .other
        }
    }
}
