import Foundation
import HandbookModel
import HandbookRecords

/// Where the records live: `records/` beside content/ unless `--records` says otherwise, and
/// never inside the site or the folders it is made from.
enum RecordsLocation {
    static func folder(_ given: String?, content: String) -> String {
        given ?? FolderGuard.beside(content, "records")
    }

    /// Opens the store after checking where it is: the folder, and the store's file, which a
    /// symbolic link could lead somewhere else. `templates` is the run's own templates folder, when
    /// it has one (`handbook forms --templates`); the one beside content/ is always guarded.
    /// Nil when there are no records yet and `create` is false.
    static func open(_ given: String?, content: String, templates: String?, create: Bool) throws(Diagnostic) -> RecordsStore? {
        let folder = folder(given, content: content)
        let guarded = FolderGuard(content: content, templates: templates)
        for path in [folder, ContentPaths.join(folder, RecordsStore.fileName)] {
            if let problem = guarded.problem(path, what: "the records folder", suggestion: "--records records (beside content/)") {
                throw problem
            }
        }
        do {
            return try RecordsStore.open(folder: folder, create: create)
        } catch {
            throw error.diagnostic
        }
    }

    /// The store, for a command that needs records already kept.
    static func existing(_ given: String?, content: String, templates: String? = nil) throws(Diagnostic) -> RecordsStore {
        guard let store = try open(given, content: content, templates: templates, create: false) else {
            throw none(given, content: content)
        }
        return store
    }

    static func none(_ given: String?, content: String) -> Diagnostic {
        let folder = folder(given, content: content)
        return .error(at: SourceLocation(file: folder), "there are no records here yet",
                      hint: "import a filled register first with `handbook records import register-….csv`, or name the records folder with --records")
    }
}
