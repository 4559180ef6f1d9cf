import HandbookContent
import HandbookModel

/// Translations that have fallen behind, or are not there: warnings only, as families can always
/// read the English. A policy folder named like a language is an error: both would be the same
/// folder of the parents' pages.
struct TranslationsCheck: PolicyCheck {
    let name = "translations"

    func check(_ subject: PolicySubject) -> [Diagnostic] {
        let entry = subject.entry
        let config = subject.config
        var diagnostics: [Diagnostic] = []
        if let language = config.language(entry.id) {
            diagnostics.append(.error(at: SourceLocation(file: entry.working.policyPath),
                                      "the policy folder `\(entry.id)` has the same name as the language `\(language.id)` in handbook.yml",
                                      hint: "rename the policy folder: the parents' pages in \(language.name) are at `\(entry.id)/`"))
        }
        // Only a released policy is published, and translated against its newest edition.
        guard let release = entry.latestRelease else { return diagnostics }
        let english = release.policy.placed(like: entry.working)
        for language in config.languages {
            let translation = entry.translation(language.id)
            let review = TranslationReview(policy: english, translation: translation, config: config)
            guard let translation else {
                diagnostics.append(.warning(
                    at: SourceLocation(file: TranslationChecks.path(of: entry, language: language.id)),
                    "`\(entry.id)` has no translation into \(language.name) (`\(language.id)`): families reading it see the English",
                    hint: "run `handbook translations template \(language.id) \(entry.id)` and give the file to a translator"))
                continue
            }
            let stale = review.entries.filter { $0.state == .stale }
            let missing = review.count(.missing)
            guard !stale.isEmpty || missing > 0 else { continue }
            var parts: [String] = []
            if !stale.isEmpty { parts.append("\(Self.texts(stale.count)) made from English that has since changed") }
            if missing > 0 { parts.append("\(Self.texts(missing)) not yet translated") }
            let place = stale.first?.translated?.location ?? SourceLocation(file: translation.path)
            diagnostics.append(.warning(
                at: place,
                "the \(language.name) (`\(language.id)`) translation of `\(entry.id)` edition \(release.version) has \(parts.joined(separator: " and ")); families see the English there",
                hint: "run `handbook translations template \(language.id) \(entry.id)`: it keeps what is translated and writes the English beside each text still to do"))
        }
        return diagnostics
    }

    private static func texts(_ count: Int) -> String { count == 1 ? "1 text" : "\(count) texts" }
}

enum TranslationChecks {
    static func path(of entry: PolicyEntry, language: String) -> String {
        let policyPath = entry.working.policyPath
        let folder = policyPath.hasSuffix("/policy.md") ? String(policyPath.dropLast("/policy.md".count)) : policyPath
        return folder + "/translations/\(language).yml"
    }
}
