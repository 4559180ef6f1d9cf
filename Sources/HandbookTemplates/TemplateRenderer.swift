/// Renders one page: a stack of the values sections opened, and one output buffer of UTF-8 that
/// every template, partial and section appends to.
struct TemplateRenderer {
    /// What a template is rendered under besides the values: the indentation of the standalone
    /// partials and blocks it sits in, and the blocks its children replace.
    private struct Frame {
        var indentation = ""
        var overrides: [String: Template] = [:]
    }

    private let library: TemplateLibrary
    private var stack: [TemplateValue]
    private var frame = Frame()
    /// Indentation owed to the line just started, written before anything else is.
    private var pendingIndentation: String?
    private(set) var output: [UInt8] = []

    init(library: TemplateLibrary, root: TemplateValue) {
        self.library = library
        stack = [root]
        output.reserveCapacity(1 << 15)
    }

    mutating func render(_ template: Template) {
        for node in template.nodes { render(node) }
    }

    private mutating func render(_ template: Template, indentedBy indentation: String, overrides: [String: Template]) {
        let outer = frame
        frame.indentation += indentation
        // A replacement given further out wins over one given here.
        frame.overrides.merge(overrides) { outer, _ in outer }
        render(template)
        frame = outer
    }

    private mutating func write(_ text: String) {
        guard !text.isEmpty else { return }
        if let indentation = pendingIndentation {
            output += indentation.utf8
            pendingIndentation = nil
        }
        output += text.utf8
    }

    private mutating func render(_ node: TemplateNode) {
        switch node {
        case .text(let text):
            write(text)
        case .lineStart:
            let atLineStart = output.isEmpty || output.last == UInt8(ascii: "\n")
            pendingIndentation = atLineStart && !frame.indentation.isEmpty ? frame.indentation : nil
        case .variable(let name, let escaped, _):
            guard let value = lookUp(name) else { return }
            switch value {
            case .string(let string): write(escaped ? library.escaped(string) : string)
            case .int(let number): write(String(number))
            case .bool(let flag): write(flag ? "true" : "false")
            case .object, .list: return
            }
        case .section(let name, let template, _):
            switch lookUp(name) {
            case nil, .bool(false)?: return
            case .bool(true)?: render(template)
            case .list(let list)?:
                for index in 0..<list.count {
                    stack.append(list.item(at: index) ?? .bool(false))
                    render(template)
                    stack.removeLast()
                }
            case let value?:
                stack.append(value)
                render(template)
                stack.removeLast()
            }
        case .invertedSection(let name, let template, _):
            switch lookUp(name) {
            case nil, .bool(false)?: render(template)
            case .list(let list)? where list.count == 0: render(template)
            default: return
            }
        case .partial(let name, let indentation, _):
            guard let template = library.template(named: name) else { return }
            render(template, indentedBy: indentation, overrides: [:])
        case .parent(let name, let indentation, let overrides, _):
            guard let template = library.template(named: name) else { return }
            render(template, indentedBy: indentation, overrides: overrides)
        case .block(let name, let fallback, let indentation, let lineEnd):
            let start = output.count
            render(frame.overrides[name] ?? fallback, indentedBy: indentation, overrides: [:])
            if let lineEnd, output.count > start, output.last != UInt8(ascii: "\n") { write(lineEnd) }
        }
    }

    /// `name` from the innermost value that has its first part, then field by field.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        switch name.start {
        case .current:
            return stack.last
        case .innermost:
            guard let top = stack.last else { return nil }
            return Self.walk(name.parts[...], from: top)
        case .anywhere:
            let first = name.parts[0]
            for value in stack.reversed() {
                if let found = value.child(named: first) {
                    return Self.walk(name.parts.dropFirst(), from: found)
                }
            }
            return nil
        }
    }

    private static func walk(_ parts: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard let next = value.child(named: part) else { return nil }
            value = next
        }
        return value
    }
}
