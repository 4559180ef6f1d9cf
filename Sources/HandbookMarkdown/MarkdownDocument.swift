import CCmark
import Foundation
import HandbookModel

/// A policy's Markdown parsed by cmark. Owns the cmark tree and frees it when released.
/// Not shared between tasks: each build step parses, reads and renders its own document.
package final class MarkdownDocument: @unchecked Sendable {
    private let root: OpaquePointer
    /// Added to cmark's line numbers to give the line in the file the Markdown came from.
    private let lineOffset: Int
    private var blockNodes: [OpaquePointer] = []
    private var headingNodes: [OpaquePointer] = []
    package let outline: PolicyOutline

    package init(markdown: String, firstLine: Int = 1) {
        let length = markdown.utf8.count
        root = markdown.withCString { cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }
        lineOffset = firstLine - 1
        var headings: [Heading] = []
        var blocks: [TextBlock] = []
        var slugger = HeadingSlugger()
        var headingNodes: [OpaquePointer] = []
        var blockNodes: [OpaquePointer] = []
        Self.walkBlocks(root) { node in
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node)) + firstLine - 1
            if type == CMARK_NODE_HEADING {
                let text = Self.plainText(of: node)
                headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), text: text,
                                        id: slugger.slug(for: text), line: line))
                headingNodes.append(node)
            } else if type == CMARK_NODE_ITEM || (type == CMARK_NODE_PARAGRAPH && !Self.isInItem(node)) {
                let text = type == CMARK_NODE_ITEM ? Self.ownText(ofItem: node) : Self.plainText(of: node)
                blocks.append(TextBlock(index: blocks.count,
                                        kind: type == CMARK_NODE_ITEM ? .listItem : .paragraph,
                                        text: text, normalizedText: TextNormalizer.normalize(text),
                                        line: line, section: headings.isEmpty ? nil : headings.count - 1))
                blockNodes.append(node)
            }
        }
        outline = PolicyOutline(headings: headings, blocks: blocks,
                                dropped: Self.droppedContent(root, firstLine: firstLine))
        self.headingNodes = headingNodes
        self.blockNodes = blockNodes
    }

    deinit {
        cmark_node_free(root)
    }

    /// HTML in cmark's safe mode (raw HTML and `javascript:` links dropped), with an id on every
    /// heading and each rule's tag placed at the top of the block that holds its quote.
    /// `tags` maps a block index to the HTML of the tags for that block; it must only hold markup
    /// built by the caller from validated values. Call once: the tree is changed.
    /// What to do with a link when rendering.
    package enum LinkChange {
        case keep
        case point(to: String)
        /// Publish the link's words without the link.
        case unlink
    }

    package func renderHTML(tags: [Int: String], headingLevelShift: Int,
                    links: (String) -> LinkChange = { _ in .keep }) -> String {
        for node in linkNodes() {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            switch links(url) {
            case .keep: break
            case .point(let new): cmark_node_set_url(node, new)
            case .unlink:
                while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
                cmark_node_unlink(node)
                cmark_node_free(node)
            }
        }
        for (node, heading) in zip(headingNodes, outline.headings) {
            let level = min(6, heading.level + headingLevelShift)
            replace(node, withBlockOpening: "<h\(level) id=\"\(heading.id)\">", closing: "</h\(level)>")
        }
        for index in tags.keys.sorted() {
            guard let html = tags[index], blockNodes.indices.contains(index) else { continue }
            wrapContent(of: blockNodes[index], opening: html, closing: "</div>")
        }
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private func linkNodes() -> [OpaquePointer] {
        var links: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_LINK {
                links.append(node)
            }
        }
        return links
    }

    /// Moves a node's children into a custom block that prints the given markup, then drops the node.
    private func replace(_ node: OpaquePointer, withBlockOpening opening: String, closing: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, opening)
        cmark_node_set_on_exit(block, closing)
        while let child = cmark_node_first_child(node) {
            cmark_node_append_child(block, child)
        }
        cmark_node_insert_before(node, block)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A list item keeps its `<li>`; its content goes inside the wrapper. A paragraph is wrapped whole.
    private func wrapContent(of node: OpaquePointer, opening: String, closing: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, opening)
        cmark_node_set_on_exit(block, closing)
        if cmark_node_get_type(node) == CMARK_NODE_ITEM {
            while let child = cmark_node_first_child(node) {
                cmark_node_append_child(block, child)
            }
            cmark_node_append_child(node, block)
        } else {
            cmark_node_insert_before(node, block)
            cmark_node_append_child(block, node)
        }
    }

    // MARK: Reading the tree

    /// Raw HTML (blocks and inline) and links or images whose address cmark's safe mode refuses.
    private static func droppedContent(_ root: OpaquePointer, firstLine: Int) -> [DroppedContent] {
        var found: [DroppedContent] = []
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var blockLine = firstLine
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let ownLine = Int(cmark_node_get_start_line(node))
            if type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue { blockLine = ownLine + firstLine - 1 }
            let line = ownLine > 0 ? ownLine + firstLine - 1 : blockLine
            switch type {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                found.append(DroppedContent(kind: .html, text: literal.trimmingCharacters(in: .whitespacesAndNewlines),
                                            line: line))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if UnsafeURL.isUnsafe(url, image: type == CMARK_NODE_IMAGE) {
                    found.append(DroppedContent(kind: .unsafeLink, text: url, line: line))
                } else if type == CMARK_NODE_LINK, PolicyLink(url) != nil {
                    found.append(DroppedContent(kind: .policyLink, text: url, line: line))
                }
            default:
                break
            }
        }
        return found
    }

    private static func walkBlocks(_ node: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        var child = cmark_node_first_child(node)
        while let current = child {
            let type = cmark_node_get_type(current)
            if type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue {
                visit(current)
                walkBlocks(current, visit)
            }
            child = cmark_node_next(current)
        }
    }

    private static func isInItem(_ node: OpaquePointer) -> Bool {
        guard let parent = cmark_node_parent(node) else { return false }
        return cmark_node_get_type(parent) == CMARK_NODE_ITEM
    }

    /// An item's own words: its paragraphs, not the items of a list nested inside it.
    private static func ownText(ofItem item: OpaquePointer) -> String {
        var parts: [String] = []
        var child = cmark_node_first_child(item)
        while let current = child {
            if cmark_node_get_type(current) != CMARK_NODE_LIST {
                parts.append(plainText(of: current))
            }
            child = cmark_node_next(current)
        }
        return parts.joined(separator: " ")
    }

    /// The text a reader sees, with line breaks as spaces and markup removed.
    package static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        collectText(node, into: &text)
        return text
    }

    private static func collectText(_ node: OpaquePointer, into text: inout String) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
            if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text += " "
        case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
            break
        default:
            var child = cmark_node_first_child(node)
            var first = true
            while let current = child {
                if !first, cmark_node_get_type(current).rawValue <= CMARK_NODE_LAST_BLOCK.rawValue { text += " " }
                collectText(current, into: &text)
                first = false
                child = cmark_node_next(current)
            }
        }
    }
}
