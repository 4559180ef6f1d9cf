/// A Mustache template, parsed once when the templates are loaded and rendered for every page.
package struct Template: Sendable {
    let nodes: [TemplateNode]
}

/// Where a tag stands in its template: 1-based line, and column counted in Unicode scalars.
package struct TemplatePosition: Sendable, Hashable, Comparable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A name as a tag writes it: `.` (the current value), `.field` (a field of the current value
/// only), or `a.b` (`a` looked up from the innermost value outwards, then its field `b`).
struct TemplateName: Sendable, Equatable {
    enum Start: Sendable, Equatable {
        case current
        case innermost
        case anywhere
    }

    var written: String
    var start: Start
    var parts: [String]

    init(_ written: String) {
        self.written = written
        parts = written.split(separator: ".").map(String.init)
        if written == "." || parts.isEmpty {
            start = .current
        } else if written.hasPrefix(".") {
            start = .innermost
        } else {
            start = .anywhere
        }
    }
}

indirect enum TemplateNode: Sendable {
    case text(String)
    /// The start of a line of the template's own text: where a standalone partial's or block's
    /// indentation goes.
    case lineStart
    case variable(TemplateName, escaped: Bool, at: TemplatePosition)
    case section(TemplateName, Template, at: TemplatePosition)
    case invertedSection(TemplateName, Template, at: TemplatePosition)
    /// `{{> name}}`: another template, rendered in place; a standalone tag indents every line it gives.
    case partial(String, indentation: String, at: TemplatePosition)
    /// `{{< name}}…{{/name}}`: another template, with some of its blocks replaced.
    case parent(String, indentation: String, overrides: [String: Template], at: TemplatePosition)
    /// `{{$ name}}default{{/name}}`: a place in a template that a child may fill. Its content is
    /// kept without its own indentation, which `indentation` gives back wherever it is rendered;
    /// `lineEnd` is the line break of a standalone block that closes on its own line.
    case block(String, default: Template, indentation: String, lineEnd: String?)
}
