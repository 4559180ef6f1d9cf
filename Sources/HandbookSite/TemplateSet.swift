import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookTemplates

/// The Mustache templates and static assets from the templates folder, loaded once per build.
public struct TemplateSet: Sendable {
    /// Every page template the site needs, and what each is rendered with.
    public static var requiredTemplates: [String] { PageTemplates.all.map(\.name) }

    package let library: TemplateLibrary
    /// Files under `templates/assets/`, as paths relative to that folder, sorted.
    public let assets: [(path: String, data: Data)]
    /// The templates folder as the user gave it, for messages.
    public let directory: String

    public static func load(from directory: String) -> Result<TemplateSet, DiagnosticsError> {
        let root = URL(fileURLWithPath: directory)
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(DiagnosticsError([.error(at: SourceLocation(file: directory), "templates folder not found",
                                                     hint: "run from the folder that holds `templates/`, or pass --templates PATH")]))
        }
        var library = TemplateLibrary(escape: HTML.escape)
        var paths: [String: String] = [:]
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        for file in files where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let shown = ContentPaths.join(directory, file)
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file, isDirectory: false).path),
                  let text = PlainText.string(data) else {
                diagnostics.append(.error(at: SourceLocation(file: shown), "this template cannot be read as UTF-8 text",
                                          hint: "save it as UTF-8"))
                continue
            }
            do throws(TemplateSyntaxError) {
                try library.register(text, named: name)
                paths[name] = shown
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: shown, line: error.line, column: error.column),
                                          "template syntax error: \(error.message)", hint: error.hint))
            }
        }
        let names = library.names
        for reference in library.references where paths[reference.name] == nil {
            diagnostics.append(.error(at: location(of: reference.position, in: reference.template, paths: paths),
                                      "this template uses `\(reference.name)`, but there is no `\(reference.name).mustache`",
                                      hint: Suggestion.closest(to: reference.name, among: names).map { "did you mean `\($0)`?" }
                                          ?? "add \(reference.name).mustache to the templates folder, or remove the reference"))
        }
        for name in requiredTemplates where paths[name] == nil && !diagnostics.contains(where: {
            $0.location.file.hasSuffix("/\(name).mustache")
        }) {
            diagnostics.append(.error(at: SourceLocation(file: ContentPaths.join(directory, "\(name).mustache")),
                                      "the page template `\(name).mustache` is missing",
                                      hint: "restore it from the handbook's own templates/ folder"))
        }
        if !diagnostics.hasErrors {
            diagnostics += unknownNames(in: library, paths: paths)
        }
        let (assets, assetLinks) = loadAssets(root.appendingPathComponent("assets", isDirectory: true),
                                              shownAs: ContentPaths.join(directory, "assets"), within: ContentBoundary(root))
        diagnostics += assetLinks
        if diagnostics.hasErrors { return .failure(DiagnosticsError(diagnostics)) }
        return .success(TemplateSet(library: library, assets: assets, directory: directory))
    }

    /// Renders a page template with its context; values are HTML-escaped unless the template uses `{{{ }}}`.
    /// Every template a page asks for is checked to exist when the set is loaded, so a missing one
    /// here is a fault in the page generators, never an empty page.
    package func render(_ name: String, _ context: some TemplateObject) throws(TemplateMissing) -> String {
        guard let html = library.render(context, withTemplate: name) else { throw TemplateMissing(name: name) }
        return html
    }

    /// The same as UTF-8 bytes, ready to be written.
    package func renderBytes(_ name: String, _ context: some TemplateObject) throws(TemplateMissing) -> [UInt8] {
        guard let html = library.renderBytes(context, withTemplate: name) else { throw TemplateMissing(name: name) }
        return html
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

    /// Assets that are text get the same line endings whatever computer they were saved on;
    /// images and fonts are copied as they are.
    private static let textExtensions: Set<String> = ["css", "js", "mjs", "json", "svg", "txt", "html", "xml", "webmanifest"]

    /// Every file under `root` but hidden ones. A file or folder that a symbolic link leads outside
    /// the templates folder is refused, as content/ refuses them: whatever is here is published.
    private static func loadAssets(_ root: URL, shownAs shown: String,
                                   within boundary: ContentBoundary) -> (assets: [(path: String, data: Data)], links: [Diagnostic]) {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return ([], []) }
        var assets: [(path: String, data: Data)] = []
        if !boundary.contains(root) { return ([], [outsideLink(shown)]) }
        var links: [Diagnostic] = []
        for case let path as String in enumerator {
            let url = root.appendingPathComponent(path, isDirectory: false)
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            guard boundary.contains(url) else {
                links.append(outsideLink(ContentPaths.join(shown, path)))
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            assets.append((path, textExtensions.contains(url.pathExtension.lowercased()) ? PlainText.normalized(data) : data))
        }
        return (assets.sorted { $0.path < $1.path }, links)
    }

    private static func outsideLink(_ path: String) -> Diagnostic {
        .error(at: SourceLocation(file: path), "this asset is a link to a place outside the templates folder, so it is not published",
               hint: "copy the file into the templates folder instead of linking to it")
    }
}
