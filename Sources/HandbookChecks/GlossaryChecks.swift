import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Checks glossary.yml's definitions name audiences and bands that handbook.yml has.
public enum GlossaryChecks {
    public static func check(_ glossary: Glossary, config: HandbookConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: (term: String, location: SourceLocation)] = [:]
        for entry in glossary.entries {
            for form in entry.forms {
                let key = form.lowercased()
                if let first = seen[key] {
                    diagnostics.append(.error(at: entry.location,
                                              "`\(form)` is in the glossary twice: it is already explained under `\(first.term)`",
                                              hint: "the first is on line \(first.location.line ?? 1); keep one entry for it and remove or merge the other"))
                } else {
                    seen[key] = (entry.term, entry.location)
                }
            }
            if entry.definitions.isEmpty {
                diagnostics.append(.warning(at: entry.location, "the glossary term `\(entry.term)` has no definitions",
                                            hint: "add `definitions:` with a plain definition for each audience"))
            }
            for definition in entry.definitions {
                guard let audience = config.audience(definition.audience) else {
                    var hint = "the audiences in handbook.yml are " + config.audiences.map { "`\($0.id)`" }.joined(separator: ", ")
                    if let guess = Suggestion.closest(to: definition.audience, among: config.audiences.map(\.id)) {
                        hint = "did you mean `\(guess)`? " + hint
                    }
                    diagnostics.append(.error(at: definition.location,
                                              "the glossary term `\(entry.term)` has a definition for `\(definition.audience)`, which handbook.yml does not list",
                                              hint: hint))
                    continue
                }
                if let band = definition.band, !audience.bands.contains(where: { $0.id == band }) {
                    diagnostics.append(.error(at: definition.location,
                                              "the glossary term `\(entry.term)` has a definition for the band `\(band)`, which `\(audience.id)` does not have",
                                              hint: "the bands are " + audience.bands.map { "`\($0.id)`" }.joined(separator: ", ")))
                }
            }
        }
        return diagnostics
    }
}
