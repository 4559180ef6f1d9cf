/// Renders one page: a stack of the values sections opened, and one output buffer of UTF-8 that
/// every template, partial and section appends to, written to disk as it is.
struct TemplateRenderer {
    /// What a template is rendered under besides the values: the indentation of the standalone
    /// partials it sits in, and the blocks its children replace.
    struct Frame {
        var indentation = ""
        var overrides: [String: Template] = [:]
    }

    private let library: TemplateLibrary
    private var stack: [TemplateValue]
    /// The frame of the template being rendered; kept here rather than passed to every node.
    private var frame = Frame()
    private(set) var output: [UInt8] = []

    init(library: TemplateLibrary, root: TemplateValue) {
        self.library = library
        stack = [root]
        output.reserveCapacity(1 << 15)
    }

    mutating func render(_ template: Template) {
        let start = output.count
        guard !frame.indentation.isEmpty else {
            for node in template.nodes { render(node) }
            return
        }
        // Each node that writes something on a new line is indented, as the partial's tag was.
        let indentation = frame.indentation
        for node in template.nodes {
            guard output.count > start, output.last == UInt8(ascii: "\n") else {
                render(node)
                continue
            }
            output += indentation.utf8
            let indented = output.count
            render(node)
            if output.count == indented { output.removeLast(indentation.utf8.count) }
        }
    }

    /// Renders `template` in `inner`, then returns to the frame it was in.
    private mutating func render(_ template: Template, in inner: Frame) {
        let outer = frame
        frame = inner
        render(template)
        frame = outer
    }

    private mutating func render(_ node: TemplateNode) {
        switch node {
        case .text(let text):
            output += text.utf8
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            let text: String
            switch value {
            case .string(let string): text = string
            case .int(let number): text = String(number)
            case .bool(let flag): text = flag ? "true" : "false"
            case .object, .list: return
            }
            output += (escaped ? library.escaped(text) : text).utf8
        case .section(let name, let template):
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
        case .invertedSection(let name, let template):
            switch lookUp(name) {
            case nil, .bool(false)?: render(template)
            case .list(let list)? where list.count == 0:
                stack.append(.list(list))
                render(template)
                stack.removeLast()
            default: return
            }
        case .partial(let name, let indentation):
            guard let template = library.template(named: name) else { return }
            guard !indentation.isEmpty else { return render(template) }
            var inner = frame
            inner.indentation += indentation
            render(template, in: inner)
        case .parent(let name, let indentation, let overrides):
            guard let template = library.template(named: name) else { return }
            var inner = frame
            inner.indentation += indentation
            // A replacement given further out wins over one given here.
            inner.overrides.merge(overrides) { outer, _ in outer }
            render(template, in: inner)
        case .block(let name, let fallback, let indentation):
            let template = frame.overrides[name] ?? fallback
            guard !indentation.isEmpty else { return render(template) }
            var inner = frame
            inner.indentation += indentation
            render(template, in: inner)
        case .blockDefinition:
            return
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
