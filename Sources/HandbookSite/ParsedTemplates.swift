import HandbookModel
import HandbookTemplates
import Synchronization

/// A set's templates parsed and every name in them checked: most of what loading the templates
/// costs. A process that loads the same files again (the preview after each edit, every build a
/// test runs) parses them once: the same texts always give the same library and messages.
struct ParsedTemplates: Sendable {
    /// One template file: its name, where it was read from, and its text (nil when it is not UTF-8).
    struct Source: Sendable, Hashable {
        var name: String
        var shown: String
        var text: String?
    }

    let library: TemplateLibrary
    /// Where each template that parsed was read from, as shown in messages.
    let paths: [String: String]
    let diagnostics: [Diagnostic]

    private struct Key: Hashable {
        var sources: [Source]
        var shown: String
    }

    /// A handful of sets at most: a process builds with one or two.
    private static let known = Mutex<[Key: ParsedTemplates]>([:])
    private static let kept = 8

    /// `sources` in the order of their file names; `shown` names the set in messages about the whole.
    static func parse(_ sources: [Source], shownAs shown: String) -> ParsedTemplates {
        let key = Key(sources: sources, shown: shown)
        if let parsed = known.withLock({ $0[key] }) { return parsed }
        let parsed = ParsedTemplates(sources, shownAs: shown)
        known.withLock { cache in
            if cache.count >= kept { cache.removeAll() }
            cache[key] = parsed
        }
        return parsed
    }

    private init(_ sources: [Source], shownAs shown: String) {
        var diagnostics: [Diagnostic] = []
        var library = TemplateLibrary(escape: HTML.escape)
        var paths: [String: String] = [:]
        for source in sources {
            guard let text = source.text else {
                diagnostics.append(.error(at: SourceLocation(file: source.shown), "this template cannot be read as UTF-8 text",
                                          hint: "save it as UTF-8"))
                continue
            }
            do throws(TemplateSyntaxError) {
                try library.register(text, named: source.name)
                paths[source.name] = source.shown
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: source.shown, line: error.line, column: error.column),
                                          "template syntax error: \(error.message)", hint: error.hint))
            }
        }
        let names = library.names
        for reference in library.references where paths[reference.name] == nil {
            diagnostics.append(.error(at: Self.location(of: reference.position, in: reference.template, paths: paths),
                                      "this template uses `\(reference.name)`, but there is no `\(reference.name).mustache`",
                                      hint: Suggestion.closest(to: reference.name, among: names).map { "did you mean `\($0)`?" }
                                          ?? "add \(reference.name).mustache to the templates folder, or remove the reference"))
        }
        for name in TemplateSet.requiredTemplates where paths[name] == nil && !diagnostics.contains(where: {
            $0.location.file.hasSuffix("/\(name).mustache")
        }) {
            diagnostics.append(.error(at: SourceLocation(file: ContentPaths.join(shown, "\(name).mustache")),
                                      "the page template `\(name).mustache` is missing",
                                      hint: "restore it from the handbook's own templates/ folder"))
        }
        if !diagnostics.hasErrors {
            diagnostics += Self.unknownNames(in: library, paths: paths)
        }
        self.library = library
        self.paths = paths
        self.diagnostics = diagnostics
    }

    /// A name a template writes that no page rendering it can answer would be empty text on
    /// every page: it is an error where it is written, with the field that was probably meant.
    private static func unknownNames(in library: TemplateLibrary, paths: [String: String]) -> [Diagnostic] {
        let pages = PageTemplates.all.map { (template: $0.name, root: TemplateShape.object($0.root)) }
        return library.unknownNames(rendering: pages).map { unknown in
            let hint = unknown.habitHint
                ?? Suggestion.closest(to: unknown.name, among: unknown.candidates).map { "did you mean `\($0)`?" }
                ?? "the fields it can use here are: " + unknown.candidates.map { "`\($0)`" }.joined(separator: ", ")
            return .error(at: location(of: unknown.position, in: unknown.template, paths: paths),
                          "`\(unknown.name)` is not a field of any page this template is rendered for, so it would show nothing",
                          hint: hint, code: "template-field")
        }
    }

    private static func location(of position: TemplatePosition, in template: String, paths: [String: String]) -> SourceLocation {
        SourceLocation(file: paths[template] ?? template + ".mustache", line: position.line, column: position.column)
    }
}
