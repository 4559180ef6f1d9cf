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

    init(_ written: String) {
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
    case partial(String, indentation: String)
    /// `{{< name}}…{{/name}}`: another template, with some of its blocks replaced.
    case parent(String, indentation: String, overrides: [String: Template])
    /// `{{$ name}}default{{/name}}` in a template that others extend.
    case block(String, default: Template, indentation: String)
    /// A block's replacement, only inside `{{< }}`; never rendered itself.
    case blockDefinition(String, Template)
}

/// A template that cannot be parsed, and where.
package struct TemplateSyntaxError: Error, Sendable, Equatable {
    package enum Problem: Error, Sendable, Equatable {
        /// `{{/found}}` where the open section is `expected`, with the sigil it was opened with
        /// (`#rules`); nil when none is open.
        case sectionCloseNameIncorrect(expected: String?, found: String)
        case unfinishedName
        case expectedSectionEnd
        case invalidSetDelimiter
        case illegalTokenInsideInheritSection
        case unfinishedComment
        /// `{{name(value)}}`: Mustache functions (transforms).
        case unsupportedFunction
        /// `{{>*name}}` or `{{<*name}}`: a partial named by a value.
        case unsupportedDynamicName
        /// `{{% … }}`: a setting for the template.
        case unsupportedSetting
    }

    package var problem: Problem
    /// 1-based.
    package var line: Int
    /// 1-based.
    package var column: Int

    package var message: String {
        switch problem {
        case .sectionCloseNameIncorrect(let expected?, let found):
            "a section is closed with a different name than it was opened with: `{{/\(found)}}` closes `{{\(expected)}}`"
        case .sectionCloseNameIncorrect(nil, let found):
            "a section is closed with a different name than it was opened with: `{{/\(found)}}` closes no open section"
        case .unfinishedName: "a tag is not finished"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "a set-delimiter tag is badly written"
        case .illegalTokenInsideInheritSection: "only {{$block}} replacements may stand inside {{<parent}}"
        case .unfinishedComment: "a comment is never closed"
        case .unsupportedFunction: "a tag calls a function (`{{name(value)}}`), which these templates do not support"
        case .unsupportedDynamicName: "a partial is named by a value (`{{>*name}}`), which these templates do not support"
        case .unsupportedSetting: "`{{% … }}` settings are not supported in these templates"
        }
    }

    /// What to do about it.
    package var hint: String {
        switch problem {
        case .unsupportedFunction: "write the value itself, like {{title}}; the page data gives it ready to show"
        case .unsupportedDynamicName: "name the partial, like {{> breadcrumbs}}"
        case .unsupportedSetting: "remove the tag: values are always made safe for HTML unless written {{{like this}}}"
        case .illegalTokenInsideInheritSection: "between {{<parent}} and {{/parent}}, write only {{$block}}…{{/block}} replacements"
        default: "check that every {{#section}} has a matching {{/section}} and every tag is closed with }}"
        }
    }
}
