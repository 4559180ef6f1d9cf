/// Every template of a set by name; partials and parents are looked up here as pages render.
package struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]
    /// Escapes `{{ }}` values; `{{{ }}}` and `{{& }}` are written as they are.
    private let escape: @Sendable (String) -> String

    package init(escape: @escaping @Sendable (String) -> String) {
        self.escape = escape
    }

    /// Parses and adds a template; a syntax error names the line and column.
    package mutating func register(_ source: String, named name: String) throws(TemplateSyntaxError) {
        templates[name] = try TemplateTreeBuilder.template(from: source)
    }

    package var names: [String] { templates.keys.sorted() }

    /// The template `name` rendered with `object` as its outermost value; nil when there is no such template.
    package func render(_ object: any TemplateObject, withTemplate name: String) -> String? {
        renderBytes(object, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, as a page is written.
    package func renderBytes(_ object: any TemplateObject, withTemplate name: String) -> [UInt8]? {
        renderBytes(value: .object(object), withTemplate: name)
    }

    /// Any value as the outermost one, such as a list or a text.
    package func renderBytes(value root: TemplateValue, withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = TemplateRenderer(library: self, root: root)
        renderer.render(template)
        return renderer.output
    }

    func template(named name: String) -> Template? { templates[name] }
    func escaped(_ text: String) -> String { escape(text) }
}
