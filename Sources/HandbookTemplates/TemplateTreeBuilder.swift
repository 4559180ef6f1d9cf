/// Builds a template's tree from its tokens, a line at a time. A line that holds only tags that
/// write nothing (sections, comments, partials, blocks) and spaces is standalone: it leaves no
/// blank line behind, and its leading spaces become the indentation of a partial or block on it.
struct TemplateTreeBuilder {
    /// A section, parent or block being filled, and the tag that opened it.
    private struct OpenSection {
        var tag: TemplateTag?
        var nodes: [TemplateNode] = []
        var overrides: [String: Template] = [:]
        var indentation = ""
        var standalone = false
    }

    private var open: [OpenSection] = [OpenSection()]

    static func template(from source: String) throws(TemplateSyntaxError) -> Template {
        var builder = TemplateTreeBuilder()
        for line in Self.lines(try TemplateScanner.tokens(of: source)) {
            try builder.add(line)
        }
        return try builder.finish()
    }

    private struct Line {
        var pieces: [TemplateToken] = []
        var lineBreak: String?

        /// Only spaces and tags that write nothing: one such tag, as Mustache has it, or any number
        /// of parent and block tags, so that `{{<layout}}{{$main}}` and `{{$slot}}{{/slot}}` stand
        /// alone too. `closing` gives the kinds of the sections that are open, innermost last.
        func isStandalone(closing open: [TemplateTag.Kind]) -> Bool {
            var open = open
            var tags: [TemplateTag.Kind] = []
            for piece in pieces {
                switch piece {
                case .tag(let tag):
                    guard tag.canStandAlone else { return false }
                    switch tag.kind {
                    case .close: tags.append(open.popLast() ?? .close)
                    case .section, .inverted, .parent, .block:
                        open.append(tag.kind)
                        tags.append(tag.kind)
                    default: tags.append(tag.kind)
                    }
                case .text(let text):
                    guard text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" }) else { return false }
                case .lineBreak:
                    return false
                }
            }
            return tags.count == 1 || (tags.count > 1 && tags.allSatisfy { $0 == .parent || $0 == .block })
        }
    }

    private static func lines(_ tokens: [TemplateToken]) -> [Line] {
        var lines: [Line] = []
        var current = Line()
        for token in tokens {
            if case .lineBreak(let text) = token {
                current.lineBreak = text
                lines.append(current)
                current = Line()
            } else {
                current.pieces.append(token)
            }
        }
        if !current.pieces.isEmpty { lines.append(current) }
        return lines
    }

    private mutating func add(_ line: Line) throws(TemplateSyntaxError) {
        if line.isStandalone(closing: open.compactMap { $0.tag?.kind }) {
            var indentation = ""
            for piece in line.pieces {
                switch piece {
                case .text(let spaces): indentation += spaces
                case .tag(let tag): try add(tag, indentation: indentation, standalone: true, lineBreak: line.lineBreak)
                case .lineBreak: break
                }
            }
            return
        }
        emit(.lineStart)
        for piece in line.pieces {
            switch piece {
            case .text(let text): emit(.text(text))
            case .tag(let tag): try add(tag, indentation: "", standalone: false, lineBreak: nil)
            case .lineBreak: break
            }
        }
        if let lineBreak = line.lineBreak { emit(.text(lineBreak)) }
    }

    private mutating func add(_ tag: TemplateTag, indentation: String, standalone: Bool,
                              lineBreak: String?) throws(TemplateSyntaxError) {
        switch tag.kind {
        case .variable, .unescaped:
            try emitTag(.variable(TemplateName(tag.name), escaped: tag.kind == .variable, at: tag.position), tag)
        case .partial:
            try emitTag(.partial(tag.name, indentation: indentation, at: tag.position), tag)
        case .section, .inverted, .parent, .block:
            if tag.kind != .block { try emitTag(nil, tag) }
            open.append(OpenSection(tag: tag, indentation: indentation, standalone: standalone))
        case .close:
            try close(tag, standalone: standalone, lineBreak: lineBreak)
        case .comment, .delimiters:
            break
        }
    }

    private mutating func close(_ tag: TemplateTag, standalone: Bool, lineBreak: String?) throws(TemplateSyntaxError) {
        guard open.count > 1, let opener = open[open.count - 1].tag, opener.name == tag.name else {
            throw TemplateSyntaxError(problem: .closeDoesNotMatch(expected: open.last?.tag?.opening, found: tag.name),
                                      position: tag.position)
        }
        let section = open.removeLast()
        let name = TemplateName(opener.name)
        switch opener.kind {
        case .section:
            emit(.section(name, Template(nodes: section.nodes), at: opener.position))
        case .inverted:
            emit(.invertedSection(name, Template(nodes: section.nodes), at: opener.position))
        case .parent:
            emit(.parent(opener.name, indentation: section.indentation, overrides: section.overrides, at: opener.position))
        default:
            let block = Self.block(section, named: opener.name, lineEnd: standalone ? lineBreak : nil)
            if case .block(let name, let content, _, _) = block, open[open.count - 1].tag?.kind == .parent {
                open[open.count - 1].overrides[name] = content
            } else {
                emit(block)
            }
        }
    }

    /// A block's content loses the indentation it has in the source (that of its first line, or
    /// of its tag when it is empty), so it can be given the indentation of wherever it is shown.
    private static func block(_ section: OpenSection, named name: String, lineEnd: String?) -> TemplateNode {
        guard section.standalone else {
            return .block(name, default: Template(nodes: section.nodes), indentation: "", lineEnd: nil)
        }
        let own = firstLineIndentation(section.nodes) ?? section.indentation
        let nodes = own.isEmpty ? section.nodes : removing(own, from: section.nodes)
        return .block(name, default: Template(nodes: nodes), indentation: own, lineEnd: lineEnd)
    }

    private static func firstLineIndentation(_ nodes: [TemplateNode]) -> String? {
        guard let first = nodes.first else { return nil }
        switch first {
        case .lineStart:
            guard nodes.count > 1, case .text(let text) = nodes[1] else { return "" }
            return String(text.unicodeScalars.prefix { $0 == " " || $0 == "\t" })
        case .partial(_, let indentation, _), .parent(_, let indentation, _, _), .block(_, _, let indentation, _):
            return indentation
        default:
            return nil
        }
    }

    /// Takes `indentation` (or as much of it as a line has) off the start of every line.
    private static func removing(_ indentation: String, from nodes: [TemplateNode]) -> [TemplateNode] {
        var result: [TemplateNode] = []
        var atLineStart = false
        for node in nodes {
            switch node {
            case .text(let text) where atLineStart:
                result.append(.text(dropping(indentation, from: text)))
            case .section(let name, let inner, let position):
                result.append(.section(name, Template(nodes: removing(indentation, from: inner.nodes)), at: position))
            case .invertedSection(let name, let inner, let position):
                result.append(.invertedSection(name, Template(nodes: removing(indentation, from: inner.nodes)), at: position))
            case .partial(let name, let own, let position):
                result.append(.partial(name, indentation: dropping(indentation, from: own), at: position))
            case .parent(let name, let own, let overrides, let position):
                result.append(.parent(name, indentation: dropping(indentation, from: own), overrides: overrides, at: position))
            case .block(let name, let content, let own, let lineEnd):
                result.append(.block(name, default: content, indentation: dropping(indentation, from: own), lineEnd: lineEnd))
            default:
                result.append(node)
            }
            if case .lineStart = node { atLineStart = true } else { atLineStart = false }
        }
        return result
    }

    private static func dropping(_ indentation: String, from text: String) -> String {
        var rest = Substring.UnicodeScalarView(text.unicodeScalars)
        for scalar in indentation.unicodeScalars {
            guard rest.first == scalar else { break }
            rest.removeFirst()
        }
        return String(String.UnicodeScalarView(rest))
    }

    private mutating func emit(_ node: TemplateNode) {
        // Between {{<parent}} and {{/parent}} only the blocks count; text there is ignored.
        guard open[open.count - 1].tag?.kind != .parent else { return }
        open[open.count - 1].nodes.append(node)
    }

    /// A tag that writes or opens something; inside a parent only blocks may stand.
    private mutating func emitTag(_ node: TemplateNode?, _ tag: TemplateTag) throws(TemplateSyntaxError) {
        if open[open.count - 1].tag?.kind == .parent {
            throw TemplateSyntaxError(problem: .onlyBlocksInsideParent, position: tag.position)
        }
        if let node { emit(node) }
    }

    private mutating func finish() throws(TemplateSyntaxError) -> Template {
        if open.count > 1, let tag = open[open.count - 1].tag {
            throw TemplateSyntaxError(problem: .sectionNeverClosed(opened: tag.opening), position: tag.position)
        }
        return Template(nodes: open[0].nodes)
    }
}
