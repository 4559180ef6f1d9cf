/// One piece of a template's source: text within a line, a line break, or a tag.
enum TemplateToken: Equatable {
    case text(String)
    case lineBreak(String)
    case tag(TemplateTag)
}

struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case variable
        /// `{{{name}}}` or `{{&name}}`: written as it is.
        case unescaped
        case section
        case inverted
        case close
        case partial
        case parent
        case block
        case comment
        case delimiters
    }

    var kind: Kind
    var name: String
    var position: TemplatePosition

    /// Tags that write nothing where they stand, so a line holding only such tags and spaces
    /// disappears from the output.
    var canStandAlone: Bool { kind != .variable && kind != .unescaped }

    /// How the tag that opens a section is written, for messages: `#rules`, `<layout`.
    var opening: String {
        switch kind {
        case .inverted: "^" + name
        case .parent: "<" + name
        case .block: "$" + name
        default: "#" + name
        }
    }
}

/// Splits a template into tokens, walking Unicode scalars so that a combining mark or joiner
/// next to a delimiter never hides it. Set-delimiter tags take effect as they are met.
struct TemplateScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private var opener: [Unicode.Scalar] = ["{", "{"]
    private var closer: [Unicode.Scalar] = ["}", "}"]

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    static func tokens(of source: String) throws(TemplateSyntaxError) -> [TemplateToken] {
        var scanner = TemplateScanner(source)
        return try scanner.scan()
    }

    private mutating func scan() throws(TemplateSyntaxError) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var textStart = index
        func flushText(upTo end: Int) {
            if end > textStart { tokens.append(.text(string(textStart..<end))) }
        }
        while index < scalars.count {
            if matches(opener, at: index) {
                flushText(upTo: index)
                tokens.append(.tag(try scanTag()))
                textStart = index
            } else if scalars[index] == "\n" || (scalars[index] == "\r" && matches(["\r", "\n"], at: index)) {
                flushText(upTo: index)
                let width = scalars[index] == "\n" ? 1 : 2
                tokens.append(.lineBreak(string(index..<index + width)))
                advance(by: width)
                textStart = index
            } else {
                advance(by: 1)
            }
        }
        flushText(upTo: index)
        return tokens
    }

    private mutating func scanTag() throws(TemplateSyntaxError) -> TemplateTag {
        let position = TemplatePosition(line: line, column: column)
        advance(by: opener.count)
        var close = closer
        var kind = TemplateTag.Kind.variable
        if index < scalars.count {
            switch scalars[index] {
            case "#": kind = .section
            case "^": kind = .inverted
            case "/": kind = .close
            case ">": kind = .partial
            case "<": kind = .parent
            case "$": kind = .block
            case "!": kind = .comment
            case "=": kind = .delimiters
            case "&": kind = .unescaped
            case "{":
                kind = .unescaped
                close = ["}"] + closer
            case "%": throw TemplateSyntaxError(problem: .setting, position: position)
            default: break
            }
            if kind != .variable { advance(by: 1) }
        }
        let contentStart = index
        while !matches(close, at: index) {
            guard index < scalars.count else {
                throw TemplateSyntaxError(problem: kind == .comment ? .commentNotFinished(close: text(close))
                                                                     : .tagNotFinished(close: text(close)),
                                          position: position)
            }
            if kind != .comment, scalars[index] == "\n" {
                throw TemplateSyntaxError(problem: .tagNotFinished(close: text(close)), position: position)
            }
            advance(by: 1)
        }
        let content = string(contentStart..<index)
        advance(by: close.count)
        switch kind {
        case .comment:
            return TemplateTag(kind: kind, name: "", position: position)
        case .delimiters:
            try setDelimiters(content, at: position)
            return TemplateTag(kind: kind, name: "", position: position)
        default:
            return TemplateTag(kind: kind, name: try Self.name(content, at: position), position: position)
        }
    }

    private static func name(_ content: String, at position: TemplatePosition) throws(TemplateSyntaxError) -> String {
        let name = trimmed(content)
        guard !name.isEmpty else { throw TemplateSyntaxError(problem: .emptyName, position: position) }
        if name.hasPrefix("*") { throw TemplateSyntaxError(problem: .dynamicName, position: position) }
        if name.contains("(") { throw TemplateSyntaxError(problem: .function, position: position) }
        if name.unicodeScalars.contains(where: isSpace) {
            throw TemplateSyntaxError(problem: .spaceInName(name), position: position)
        }
        return name
    }

    /// `{{=<% %>=}}`: the content between the equals signs is the new opener and closer.
    private mutating func setDelimiters(_ content: String, at position: TemplatePosition) throws(TemplateSyntaxError) {
        let marks = content.unicodeScalars
        guard marks.last == "=" else { throw TemplateSyntaxError(problem: .badDelimiters, position: position) }
        let pair = String(marks.dropLast()).split(whereSeparator: { $0.unicodeScalars.allSatisfy(Self.isSpace) })
        guard pair.count == 2, !pair.contains(where: { $0.contains("=") }) else {
            throw TemplateSyntaxError(problem: .badDelimiters, position: position)
        }
        opener = Array(pair[0].unicodeScalars)
        closer = Array(pair[1].unicodeScalars)
    }

    private func matches(_ mark: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + mark.count <= scalars.count else { return false }
        for offset in mark.indices where scalars[start + offset] != mark[offset] { return false }
        return true
    }

    private mutating func advance(by count: Int) {
        for _ in 0..<count {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }

    private func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    private func text(_ mark: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: mark)
        return String(view)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
