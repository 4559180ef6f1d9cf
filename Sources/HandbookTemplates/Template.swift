/// A Mustache template, parsed once when the templates are loaded and rendered for every page.
package struct Template: Sendable {
    let nodes: [TemplateNode]
}

/// A name as a tag writes it: `.` (the current value), `.field` (a field of the current value
/// only), or `a.b` (`a` looked up from the innermost value outwards, then its field `b`).
struct TemplateName: Sendable, Equatable {
    enum Start: Sendable, Equatable {
        case current
        case innermost
        case anywhere
    }

    var start: Start
    var parts: [String]
    /// As written, for matching a section's closing tag.
    var written: String

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
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, Template)
    case invertedSection(TemplateName, Template)
    /// `{{> name}}`: another template, rendered in place; a standalone tag indents every line it gives.
    case partial(String, indentation: String?)
    /// `{{< name}}…{{/name}}`: another template, with some of its blocks replaced.
    case parent(String, indentation: String, overrides: [String: Template])
    /// `{{$ name}}default{{/name}}` in a template that others extend.
    case block(String, default: Template, indentation: String)
    /// A block's replacement, only inside `{{< }}`; never rendered itself.
    case blockDefinition(String, Template)
}

/// A template that cannot be parsed, and where.
package struct TemplateSyntaxError: Error, Sendable, Equatable {
    package enum Problem: Sendable, Equatable {
        case sectionCloseNameIncorrect
        case unfinishedName
        case expectedSectionEnd
        case invalidSetDelimiter
        case illegalTokenInsideInheritSection
        case unfinishedComment
        case unsupportedTag(String)
    }

    package var problem: Problem
    /// 1-based.
    package var line: Int
    /// 1-based.
    package var column: Int

    package var message: String {
        switch problem {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case .unfinishedName: "a tag is not finished"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "a set-delimiter tag is badly written"
        case .illegalTokenInsideInheritSection: "only {{$block}} replacements may stand inside {{<parent}}"
        case .unfinishedComment: "a comment is never closed"
        case .unsupportedTag(let tag): "`\(tag)` tags are not supported"
        }
    }
}
