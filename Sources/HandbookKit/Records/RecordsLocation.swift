import Foundation
import HandbookModel
import HandbookRecords

/// Where the records live: `records/` beside content/ unless `--records` says otherwise, and
/// never inside the site or the folders it is made from.
enum RecordsLocation {
    static func folder(_ given: String?, content: String) -> String {
        if let given { return given }
        let parent = URL(fileURLWithPath: content).standardizedFileURL.deletingLastPathComponent()
        let folder = parent.appendingPathComponent("records").path
        // Shown as typed when content/ is in the working folder, as it usually is.
        let here = FileManager.default.currentDirectoryPath
        return folder.hasPrefix(here + "/") ? String(folder.dropFirst(here.count + 1)) : folder
    }

    /// Opens the store after checking where it is.
    static func open(_ given: String?, content: String, templates: String?, create: Bool) -> Result<RecordsStore?, Diagnostic> {
        let folder = folder(given, content: content)
        if let problem = FolderGuard.problem(folder, what: "the records folder", content: content, templates: templates,
                                             suggestion: "--records records (beside content/)") {
            return .failure(problem)
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
