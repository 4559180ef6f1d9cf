/// A template that cannot be parsed, and where.
package struct TemplateSyntaxError: Error, Sendable, Equatable {
    package enum Problem: Sendable, Equatable {
        /// `{{#name}}` (or `^`, `<`, `$`) with no `{{/name}}` before the template ends.
        case sectionNeverClosed(opened: String)
        /// `{{/found}}` while `expected` is the innermost open section, or none (nil).
        case closeDoesNotMatch(expected: String?, found: String)
        case tagNotFinished(close: String)
        case commentNotFinished(close: String)
        case emptyName
        /// A name with a space in it, such as Handlebars' `{{#each items}}`.
        case spaceInName(String)
        case badDelimiters
        /// Anything but `{{$block}}` replacements between `{{<parent}}` and `{{/parent}}`.
        case onlyBlocksInsideParent
        /// `{{name(value)}}`: Mustache functions (transforms).
        case function
        /// `{{>*name}}` or `{{<*name}}`: a partial named by a value.
        case dynamicName
        /// `{{% … }}`: a setting for the template.
        case setting
    }

    package var problem: Problem
    package var position: TemplatePosition

    package var line: Int { position.line }
    package var column: Int { position.column }

    package var message: String {
        switch problem {
        case .sectionNeverClosed(let opened): "`{{\(opened)}}` is opened here but never closed"
        case .closeDoesNotMatch(let expected?, let found):
            "`{{/\(found)}}` closes a section that is not open here: the open one is `{{\(expected)}}`"
        case .closeDoesNotMatch(nil, let found): "`{{/\(found)}}` closes a section that was never opened"
        case .tagNotFinished(let close): "a tag is not finished: `\(close)` is missing before the line ends"
        case .commentNotFinished(let close): "a comment is never closed with `\(close)`"
        case .emptyName: "a tag has no name"
        case .spaceInName(let name): "a tag's name has a space in it: `\(name)`"
        case .badDelimiters: "a tag that changes the delimiters must give two, like {{=<% %>=}}"
        case .onlyBlocksInsideParent: "only {{$block}} replacements may stand between {{<parent}} and its {{/parent}}"
        case .function: "a tag calls a function (`{{name(value)}}`), which these templates do not support"
        case .dynamicName: "a partial is named by a value (`{{>*name}}`), which these templates do not support"
        case .setting: "`{{% … }}` settings are not supported in these templates"
        }
    }

    /// What to do about it.
    package var hint: String {
        switch problem {
        case .sectionNeverClosed(let opened): "close it with {{/\(opened.dropFirst())}} where the section ends"
        case .closeDoesNotMatch(let expected?, _): "close `{{\(expected)}}` first, with {{/\(expected.dropFirst())}}"
        case .closeDoesNotMatch(nil, _): "remove it, or open the section before it with {{#name}}"
        case .tagNotFinished(let close): "end the tag with \(close) on the same line"
        case .commentNotFinished(let close): "end the comment with \(close)"
        case .emptyName: "write the name of a field, like {{title}}"
        case .spaceInName(let name): Self.handlebarsHint(name)
        case .badDelimiters: "write the new opening and closing marks with a space between, like {{=<% %>=}}"
        case .onlyBlocksInsideParent: "move it into a {{$block}}…{{/block}} replacement, or out of the parent"
        case .function: "write the value itself, like {{title}}; the page data gives it ready to show"
        case .dynamicName: "name the partial, like {{> breadcrumbs}}"
        case .setting: "remove the tag: values are always made safe for HTML unless written {{{like this}}}"
        }
    }

    /// Handlebars and Jinja write `{{#each items}}` and `{{#if x}}`; Mustache names the value alone.
    private static func handlebarsHint(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2 else { return "a name is one word, like {{title}} or {{edition.version}}" }
        let value = words[1]
        switch words[0] {
        case "each", "with":
            return "Mustache repeats or opens a section by the value's name alone: {{#\(value)}}…{{/\(value)}}"
        case "if":
            return "Mustache shows a section when its value is true or not empty: {{#\(value)}}…{{/\(value)}}"
        case "unless":
            return "Mustache shows an inverted section when its value is false or empty: {{^\(value)}}…{{/\(value)}}"
        default:
            return "a name is one word, like {{title}} or {{edition.version}}"
        }
    }
}
