import CCmark
import Foundation
import HandbookMarkdown

/// cmark's own HTML, and the old way of adding heading ids, rule tags and link changes by
/// changing cmark's tree before printing: what the Swift renderer must match byte for byte.
enum CmarkReference {
    static func html(_ markdown: String) -> String {
        withTree(markdown) { root in render(root) }
    }

    static func changedHTML(_ markdown: String, headings: [Heading], tags: [Int: String], headingLevelShift: Int,
                            links: (String) -> LinkChange) -> String {
        withTree(markdown) { root in
            let (headingNodes, blockNodes, linkNodes) = collect(root)
            for node in linkNodes {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                switch links(url) {
                case .keep: break
                case .point(let new), .pointFromRoot(let new): cmark_node_set_url(node, new)
                case .unlink:
                    while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                }
            }
            for (node, heading) in zip(headingNodes, headings) {
                let level = min(6, heading.level + headingLevelShift)
                replace(node, withBlockOpening: "<h\(level) id=\"\(heading.id)\">", closing: "</h\(level)>")
            }
            for index in tags.keys.sorted() {
                guard let html = tags[index], blockNodes.indices.contains(index) else { continue }
                wrapContent(of: blockNodes[index], opening: html, closing: "</div>")
            }
            return render(root)
        }
    }

    private static func withTree(_ markdown: String, _ body: (OpaquePointer) -> String) -> String {
        let length = markdown.utf8.count
        guard let root = markdown.withCString({ cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }) else { return "" }
        defer { cmark_node_free(root) }
        return body(root)
    }

    private static func render(_ root: OpaquePointer) -> String {
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Headings, outline blocks (items, and paragraphs not directly in an item) and links, in order.
    private static func collect(_ root: OpaquePointer) -> ([OpaquePointer], [OpaquePointer], [OpaquePointer]) {
        var headings: [OpaquePointer] = []
        var blocks: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return ([], [], []) }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING { headings.append(node) }
            if type == CMARK_NODE_LINK { links.append(node) }
            let parentIsItem = cmark_node_parent(node).map { cmark_node_get_type($0) == CMARK_NODE_ITEM } ?? false
            if type == CMARK_NODE_ITEM || (type == CMARK_NODE_PARAGRAPH && !parentIsItem) { blocks.append(node) }
        }
        return (headings, blocks, links)
    }

    private static func replace(_ node: OpaquePointer, withBlockOpening opening: String, closing: String) {
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

    private static func wrapContent(of node: OpaquePointer, opening: String, closing: String) {
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
}
