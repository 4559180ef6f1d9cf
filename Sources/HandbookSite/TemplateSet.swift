import Foundation
import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import Mustache

/// The Mustache templates and static assets from the templates folder, loaded once per build.
public struct TemplateSet: Sendable {
    /// Every page template the site needs; `layout` is the shared page frame they inherit from.
    public static let requiredTemplates = ["layout", "index", "audience", "parents", "pupils", "policy", "changes", "compare", "sign-off", "agreement",
                                           "sign-off-pack", "agreement-sheet", "agreement-pack", "accessibility", "rule-tag",
                                           "rule-kind", "sign-off-status", "reader-name", "reader-home", "policies-index",
                                           "breadcrumbs", "more-policies", "topics", "feed", "search"]

    package let library: MustacheLibrary
    /// Files under `templates/assets/`, as paths relative to that folder, sorted.
    public let assets: [(path: String, data: Data)]
    /// A fingerprint of every template and asset, so a change to any of them is noticed.
    public let fingerprint: String
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
        _ = registerContentType
        var library = MustacheLibrary()
        var names: [String] = []
        var references: [TemplateReference] = []
        var digest = Data()
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        for file in files where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let shown = ContentPaths.join(directory, file)
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path),
                  let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error(at: SourceLocation(file: shown), "this template cannot be read as UTF-8 text",
                                          hint: "save it as UTF-8"))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: contentTypeLine + text), named: name)
                names.append(name)
                references += TemplateReference.all(in: text, shownAs: shown)
                digest.append(data)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(at: SourceLocation(file: shown, line: error.context.lineNumber - 1,
                                                             column: error.context.columnNumber),
                                          "template syntax error: \(describe(error.error))",
                                          hint: "check that every {{#section}} has a matching {{/section}} and every tag is closed with }}"))
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: shown), "template syntax error: \(error)"))
            }
        }
        for reference in references where !names.contains(reference.name) {
            diagnostics.append(.error(at: reference.location,
                                      "this template uses `\(reference.name)`, but there is no `\(reference.name).mustache`",
                                      hint: Suggestion.closest(to: reference.name, among: names).map { "did you mean `\($0)`?" }
                                          ?? "add \(reference.name).mustache to the templates folder, or remove the reference"))
        }
        for name in requiredTemplates where !names.contains(name) && !diagnostics.contains(where: {
            $0.location.file.hasSuffix("/\(name).mustache")
        }) {
            diagnostics.append(.error(at: SourceLocation(file: ContentPaths.join(directory, "\(name).mustache")),
                                      "the page template `\(name).mustache` is missing",
                                      hint: "restore it from the handbook's own templates/ folder"))
        }
        let assets = loadAssets(root.appendingPathComponent("assets"))
        for asset in assets { digest.append(asset.data) }
        if diagnostics.hasErrors { return .failure(DiagnosticsError(diagnostics)) }
        let fingerprint = Fingerprint(policy: digest, rules: Data()).hex
        return .success(TemplateSet(library: library, assets: assets, fingerprint: fingerprint, directory: directory))
    }

    /// Every template is read with this line before its first, so that `{{ }}` values are escaped
    /// by `HTML.ContentType`; the line is standalone, so it adds nothing to the output, and error
    /// positions are given without it.
    private static let contentTypeLine = "{{% CONTENT_TYPE: \(HTML.ContentType.name) }}\n"
    private static let registerContentType: Void = MustacheContentTypes.register(HTML.ContentType(),
                                                                                named: HTML.ContentType.name)

    /// Renders a page template with its context; values are HTML-escaped unless the template uses `{{{ }}}`.
    /// Every template a page asks for is checked to exist when the set is loaded, so a missing one
    /// here is a fault in the page generators, never an empty page.
    package func render(_ name: String, _ context: Any) throws(TemplateMissing) -> String {
        guard let html = library.render(context, withTemplate: name) else { throw TemplateMissing(name: name) }
        return html
    }

    private static func loadAssets(_ root: URL) -> [(path: String, data: Data)] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var assets: [(path: String, data: Data)] = []
        for case let path as String in enumerator {
            let url = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            assets.append((path, data))
        }
        return assets.sorted { $0.path < $1.path }
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not finished"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is badly written"
        default: return "\(error)"
        }
    }
}
