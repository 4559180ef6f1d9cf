import HandbookChecks
import HandbookModel
import HandbookSite

/// A class list's `language` column: each family's agreement carries its parent part in the
/// language the family reads, beside the English.
enum FamilyLanguages {
    /// One part per person, nil for English; an error for a language handbook.yml does not offer.
    static func parts(for people: [RosterEntry], roster: String?, config: HandbookConfig, publication: PolicyPublication,
                      band: Band?, ruleIDs: [String]) throws(DiagnosticsError) -> [FamilyPart?] {
        var problems: [Diagnostic] = []
        let parts = people.map { person -> FamilyPart? in
            guard let id = person.language, !["en", "en-gb", "english"].contains(id.lowercased()) else { return nil }
            guard let language = config.languages.first(where: { $0.id.lowercased() == id.lowercased() }) else {
                let offered = config.languages.map { "`\($0.id)`" }.joined(separator: ", ")
                var hint = config.languages.isEmpty
                    ? "handbook.yml offers no languages; list the language under `languages:` there, or leave the cell empty for English"
                    : "handbook.yml offers \(offered); use one of those ids, or leave the cell empty for English"
                if let guess = Suggestion.closest(to: id, among: config.languages.map(\.id)) { hint = "did you mean `\(guess)`? " + hint }
                problems.append(.error(at: SourceLocation(file: roster ?? config.path, line: person.line),
                                       "`\(id)` in the language column is not a language handbook.yml offers", hint: hint))
                return nil
            }
            // Only a pupil's agreement has a parent part.
            guard let band else { return nil }
            return FamilyPart(language: language, translation: publication.entry.translation(language.id),
                              policy: publication.current.policy, config: config, band: band.id, ruleIDs: ruleIDs)
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return parts
    }
}
