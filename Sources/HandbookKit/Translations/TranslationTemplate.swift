import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel

/// `handbook translations template LANG ID`: a translation file with every text parents read, the
/// English beside each and its fingerprint filled in. Texts already translated from the English as
/// it is now are kept; one made from English since changed keeps its old words beside the new
/// English, with a comment saying what to do.
public enum TranslationTemplate {
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// The file written.
        public var file: String?
        public var toTranslate: Int

        public var doneMessage: String? {
            guard let file else { return nil }
            return toTranslate == 0
                ? "Wrote \(file): every text is translated from the English as it is now."
                : "Wrote \(file) with \(toTranslate) \(toTranslate == 1 ? "text" : "texts") to translate: fill in each `text:` beside its `english:`."
        }
    }

    public static func make(language id: String, policy: String, content: String, output: String? = nil) -> Outcome {
        var loaded: [Diagnostic] = []
        let handbook = ContentLoader.load(from: content, diagnostics: &loaded)
        let errors = loaded.filter { $0.severity == .error }
        guard let handbook, !errors.hasErrors else { return Outcome(diagnostics: errors, file: nil, toTranslate: 0) }
        let config = handbook.config
        guard let language = config.language(id) else {
            var hint = config.languages.isEmpty
                ? "add the language to handbook.yml first, like:\nlanguages:\n  - id: \(id)\n    name: …"
                : "handbook.yml lists " + config.languages.map { "`\($0.id)`" }.joined(separator: ", ")
            if let guess = Suggestion.closest(to: id, among: config.languages.map(\.id)) { hint = "did you mean `\(guess)`? " + hint }
            return Outcome(diagnostics: [.error(at: SourceLocation(file: config.path), "handbook.yml offers no language `\(id)`",
                                                hint: hint)], file: nil, toTranslate: 0)
        }
        guard let entry = handbook.policies.first(where: { $0.id == policy }) else {
            return Outcome(diagnostics: [PolicyLookup.unknown(policy, among: handbook.policies.map(\.id), content: content)],
                           file: nil, toTranslate: 0)
        }
        guard let english = TranslatedEdition.english(of: entry) else {
            return Outcome(diagnostics: [.error(at: SourceLocation(file: entry.working.policyPath),
                                                "`\(policy)` has not been released, so families do not see it yet",
                                                hint: "release it first with `handbook release \(policy)`; a translation is made from a released edition")],
                           file: nil, toTranslate: 0)
        }
        let review = TranslationReview(policy: english, translation: entry.translation(language.id), config: config)
        let text = write(review, language: language, version: english.edition.version)
        let file = output ?? TranslatedEdition.path(content: content, policy: policy, language: language.id)
        do {
            let url = URL(fileURLWithPath: file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            return Outcome(diagnostics: [.error(at: SourceLocation(file: file), "could not write the translation file: \(error.localizedDescription)",
                                                hint: "check that you may write to this folder")], file: nil, toTranslate: 0)
        }
        return Outcome(diagnostics: [], file: file, toTranslate: review.entries.filter { $0.state != .current }.count)
    }

    /// The file's text: the edition, then every entry in the order parents read them.
    static func write(_ review: TranslationReview, language: Language, version: String) -> String {
        var lines = [
            "# \(language.name) (\(language.id)) translation of what parents read. Fill in each `text:`;",
            "# keep `from:`, which tells the handbook which English the text was made from.",
            "translates: \"\(version)\"",
        ]
        var openedRules = false
        var openedPupils: String?
        for entry in review.entries {
            switch entry.place {
            case .title:
                lines.append("title:")
                lines += block(entry, indent: "  ")
            case .description:
                lines.append("description:")
                lines += block(entry, indent: "  ")
            case .parents(let rule):
                if !openedRules { lines.append("rules:"); openedRules = true }
                lines.append("  \(rule):")
                lines.append("    parents:")
                lines += block(entry, indent: "      ")
                openedPupils = nil
            case .pupils(let rule, let band):
                if !openedRules { lines.append("rules:"); openedRules = true }
                if openedPupils != rule {
                    if !lines.contains("  \(rule):") { lines.append("  \(rule):") }
                    lines.append("    pupils:")
                    openedPupils = rule
                }
                lines.append("      \(band):")
                lines += block(entry, indent: "        ")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func block(_ entry: TranslationEntry, indent: String) -> [String] {
        let quoted = { (text: String) in "\"" + YAMLQuoting.insideDoubleQuotes(text) + "\"" }
        var lines = ["\(indent)english: \(quoted(entry.english))"]
        switch entry.state {
        case .current:
            lines.append("\(indent)text: \(quoted(entry.translated?.text ?? ""))")
            lines.append("\(indent)from: \(entry.fingerprint)")
        case .stale:
            lines.append("\(indent)# The English changed since this was translated: update the text, then set `from: \(entry.fingerprint)`.")
            lines.append("\(indent)text: \(quoted(entry.translated?.text ?? ""))")
            lines.append("\(indent)from: \(entry.translated?.from ?? entry.fingerprint)")
        case .missing:
            lines.append("\(indent)text: \"\"")
            lines.append("\(indent)from: \(entry.fingerprint)")
        }
        return lines
    }
}
