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
    static func open(_ given: String?, content: String, templates: String?, create: Bool) -> Result<RecordsStore?, Diagnostic> {
        let folder = folder(given, content: content)
        let guarded = FolderGuard(content: content, templates: templates)
        for path in [folder, ContentPaths.join(folder, RecordsStore.fileName)] {
            if let problem = guarded.problem(path, what: "the records folder", suggestion: "--records records (beside content/)") {
                return .failure(problem)
            }
        }
        do {
            return .success(try RecordsStore.open(folder: folder, create: create))
        } catch {
            return .failure(error.diagnostic)
        }
    }

    static func none(_ given: String?, content: String) -> Diagnostic {
        let folder = folder(given, content: content)
        return .error(at: SourceLocation(file: folder), "there are no records here yet",
                      hint: "import a filled register first with `handbook records import register-….csv`, or name the records folder with --records")
    }
}
