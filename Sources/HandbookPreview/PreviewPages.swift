import Foundation
import HandbookKit
import HandbookSite
import HandbookTemplates

/// The preview's own pages: the list of problems shown while the content has errors, and the page
/// for an address the site does not have. Their words are templates bundled with the preview, not
/// the school's templates/, which may be the very thing that is broken.
public struct PreviewPages: Sendable {
    private let library: TemplateLibrary

    /// What the error page template is given.
    struct Problems: TemplateRecord {
        struct Entry: TemplateRecord {
            /// `file:line:column`, as the terminal prints it.
            var position: String
            var severity: String
            var isError: Bool
            var message: String
            var hint: String?

            static let templateFields: TemplateFields<Self> = [
                "position": .field(\.position),
                "severity": .field(\.severity),
                "isError": .field(\.isError),
                "message": .field(\.message),
                "hint": .field(\.hint),
            ]
        }
        var diagnostics: [Entry]

        static let templateFields: TemplateFields<Self> = [
            "diagnostics": .field(\.diagnostics),
        ]
    }

    struct Missing: TemplateRecord {
        var path: String

        static let templateFields: TemplateFields<Self> = [
            "path": .field(\.path),
        ]
    }

    public init(errorPage: String, notFound: String) throws(PreviewError) {
        var library = TemplateLibrary(escape: HTML.escape)
        for (name, text) in [("error-page", errorPage), ("not-found", notFound)] {
            do throws(TemplateSyntaxError) {
                try library.register(text, named: name)
            } catch {
                throw .brokenResource(name + ".mustache", reason: "line \(error.line): \(error.message)")
            }
        }
        let pages = [("error-page", Problems.templateShape), ("not-found", Missing.templateShape)]
        if let unknown = library.unknownNames(rendering: pages).first {
            throw .brokenResource(unknown.template + ".mustache",
                                  reason: "line \(unknown.position.line): `\(unknown.name)` is not a field it is given")
        }
        self.library = library
    }

    /// The templates bundled with the preview.
    public static func bundled() throws(PreviewError) -> PreviewPages {
        try PreviewPages(errorPage: try PreviewResources.text("error-page", "mustache"),
                         notFound: try PreviewResources.text("not-found", "mustache"))
    }

    /// Every diagnostic, errors before warnings, each in the order given. All text is HTML-escaped.
    public func errors(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.errorsFirst.map { diagnostic in
            Problems.Entry(position: Self.position(diagnostic.location), severity: diagnostic.severity.rawValue,
                           isError: diagnostic.severity == .error, message: diagnostic.message, hint: diagnostic.hint)
        }
        return library.render(Problems(diagnostics: entries), withTemplate: "error-page") ?? ""
    }

    public func notFound(path: String) -> String {
        library.render(Missing(path: path), withTemplate: "not-found") ?? ""
    }

    static func position(_ location: SourceLocation) -> String {
        var position = location.file
        if let line = location.line {
            position += ":\(line)"
            if let column = location.column { position += ":\(column)" }
        }
        return position
    }
}

/// Files bundled with the preview target.
enum PreviewResources {
    static func text(_ name: String, _ ext: String) throws(PreviewError) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext) else {
            throw .brokenResource("\(name).\(ext)", reason: "not found beside the program")
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .brokenResource("\(name).\(ext)", reason: error.localizedDescription)
        }
    }
}
