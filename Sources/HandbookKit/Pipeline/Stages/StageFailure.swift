import HandbookModel
import HandbookOutput
import HandbookSite

/// Why a stage stopped the build, as the diagnostics to print. A sink that has failed once fails
/// every later write too; only its first failure is reported.
struct StageFailure: Error, Sendable {
    var diagnostics: [Diagnostic]

    init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    init(_ error: OutputError) {
        diagnostics = error.alreadyReported ? [] : [error.diagnostic]
    }

    init(_ missing: TemplateMissing, templates: String) {
        diagnostics = [.error(at: SourceLocation(file: ContentPaths.join(templates, missing.name + ".mustache")),
                              "the page template `\(missing.name).mustache` is missing",
                              hint: "restore it from the handbook's own templates/ folder")]
    }
}

extension OutputError {
    /// The error as a diagnostic about the output folder.
    var diagnostic: Diagnostic {
        .error(at: SourceLocation(file: path), message, hint: hint)
    }
}
