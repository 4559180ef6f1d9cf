import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookTemplates

/// The Mustache templates and static assets a build renders with, loaded once per build: the
/// built-in ones, each replaced by the school's own file of the same name where it has one.
public struct TemplateSet: Sendable {
    /// Every page template the site needs, and what each is rendered with.
    public static var requiredTemplates: [String] { PageTemplates.all.map(\.name) }

    package let library: TemplateLibrary
    /// Files under `templates/assets/`, as paths relative to that folder, sorted.
    public let assets: [(path: String, data: Data)]
    /// The school's templates folder as the user gave it, or the built-in one when it has none, for messages.
    public let directory: String
    /// Where each template was read from, as shown in messages.
    private let files: [String: String]

    /// Every template and asset from one folder, which must hold all of them.
    public static func load(from directory: String) throws(DiagnosticsError) -> TemplateSet {
        guard isFolder(directory) else {
            throw notFound(directory, hint: "run from the folder that holds `templates/`, or pass --templates PATH")
        }
        return try load([directory], shownAs: directory)
    }

    /// The built-in templates, each replaced by the file of the same name in `folder` (a school's
    /// own templates/) where there is one, assets too: a school that restyles one page keeps the
    /// rest, and gets every template a later handbook adds. With no folder, the built-in ones alone.
    public static func load(overriding folder: String?) throws(DiagnosticsError) -> TemplateSet {
        let builtIn = BuiltInTemplates.folder
        guard let folder else { return try load([builtIn], shownAs: builtIn) }
        guard isFolder(folder) else {
            throw notFound(folder, hint: "check the folder named with --templates, or leave --templates out to use the built-in templates")
        }
        return try load([builtIn, folder], shownAs: folder)
    }

    /// The file a template was read from, as messages show it.
    package func file(of template: String) -> String {
        files[template] ?? ContentPaths.join(directory, template + ".mustache")
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func notFound(_ directory: String, hint: String) -> DiagnosticsError {
        DiagnosticsError([.error(at: SourceLocation(file: directory), "templates folder not found", hint: hint)])
    }

    /// The templates and assets of `folders`, a file in a later folder in place of the one of the
    /// same name in an earlier one. `shown` names the set in messages about the set as a whole.
    private static func load(_ folders: [String], shownAs shown: String) throws(DiagnosticsError) -> TemplateSet {
        var chosen: [String: (url: URL, shown: String)] = [:]
        var assetFiles: [String: Data] = [:]
        var assetLinks: [Diagnostic] = []
        for folder in folders {
            let root = URL(fileURLWithPath: folder)
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
            for file in files where file.hasSuffix(".mustache") {
                chosen[String(file.dropLast(".mustache".count))] = (root.appendingPathComponent(file, isDirectory: false),
                                                                    ContentPaths.join(folder, file))
            }
            let (assets, links) = loadAssets(root.appendingPathComponent("assets", isDirectory: true),
                                             shownAs: ContentPaths.join(folder, "assets"), within: ContentBoundary(root))
            for asset in assets { assetFiles[asset.path] = asset.data }
            assetLinks += links
        }
        // In the order of the file names, as a folder lists them.
        let sources = chosen.sorted(by: { $0.key + ".mustache" < $1.key + ".mustache" }).map { name, file in
            ParsedTemplates.Source(name: name, shown: file.shown,
                                   text: FileManager.default.contents(atPath: file.url.path).flatMap(PlainText.string))
        }
        let parsed = ParsedTemplates.parse(sources, shownAs: shown)
        let library = parsed.library, paths = parsed.paths
        var diagnostics = parsed.diagnostics
        diagnostics += assetLinks
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        let assets = assetFiles.sorted { $0.key < $1.key }.map { (path: $0.key, data: $0.value) }
        return TemplateSet(library: library, assets: assets, directory: shown, files: paths)
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
