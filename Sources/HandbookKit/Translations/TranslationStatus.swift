import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel

/// `handbook translations status`: for each language and published policy, how many of the texts
/// parents read are translated from the English as it is now, from English since changed, or not at all.
public enum TranslationStatus {
    public struct Row: Sendable, Hashable {
        public var language: String
        public var policy: String
        public var version: String
        /// Where the translation is, or would be.
        public var file: String
        public var hasFile: Bool
        public var current: Int
        public var stale: Int
        public var missing: Int
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var languages: [Language]
        public var rows: [Row]

        public var text: String {
            guard !languages.isEmpty else {
                return "handbook.yml lists no languages, so nothing is translated. Add `languages:` to offer families a translation."
            }
            guard !rows.isEmpty else { return "No policy has been released yet, so there is nothing to translate." }
            var lines: [String] = []
            for language in languages {
                lines.append("\(language.name) (\(language.id)):")
                for row in rows where row.language == language.id {
                    let counts = row.hasFile
                        ? "\(row.current) current, \(row.stale) stale, \(row.missing) missing"
                        : "not translated (\(row.missing) missing)"
                    lines.append("  \(row.policy) \(row.version): \(counts)")
                }
                lines.append("")
            }
            lines.append("Stale: made from English a later edition changed; families see the English until it is redone.")
            return lines.joined(separator: "\n")
        }

        public var json: String {
            let document = languages.map { language in
                JSONLanguage(id: language.id, name: language.name, direction: language.direction.rawValue,
                             policies: rows.filter { $0.language == language.id }.map {
                                 JSONRow(policy: $0.policy, version: $0.version, file: $0.file, translated: $0.hasFile,
                                         current: $0.current, stale: $0.stale, missing: $0.missing)
                             })
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(["languages": document]) else { return "{}" }
            return String(decoding: data, as: UTF8.self)
        }
    }

    public static func make(content: String) -> Outcome {
        var loaded: [Diagnostic] = []
        let handbook = ContentLoader.load(from: content, diagnostics: &loaded)
        let errors = loaded.filter { $0.severity == .error }
        guard let handbook else { return Outcome(diagnostics: errors, languages: [], rows: []) }
        let config = handbook.config
        var rows: [Row] = []
        for language in config.languages {
            for entry in handbook.policies {
                guard let english = TranslatedEdition.english(of: entry) else { continue }
                let translation = entry.translation(language.id)
                let review = TranslationReview(policy: english, translation: translation, config: config)
                rows.append(Row(language: language.id, policy: entry.id, version: english.edition.version,
                                file: TranslatedEdition.path(content: content, policy: entry.id, language: language.id),
                                hasFile: translation != nil, current: review.count(.current), stale: review.count(.stale),
                                missing: review.count(.missing)))
            }
        }
        return Outcome(diagnostics: errors, languages: config.languages, rows: rows)
    }
}

/// What a translation is set against.
enum TranslatedEdition {
    /// The newest released edition, filed where the working copy is (its description is the
    /// working copy's); nil for a policy never released, which families do not see.
    static func english(of entry: PolicyEntry) -> Policy? {
        entry.latestRelease.map { $0.policy.placed(like: entry.working) }
    }

    static func path(content: String, policy: String, language: String) -> String {
        ContentPaths.join(content, "policies/\(policy)/translations/\(language).yml")
    }
}

private struct JSONLanguage: Encodable {
    var id: String
    var name: String
    var direction: String
    var policies: [JSONRow]
}

private struct JSONRow: Encodable {
    var policy: String
    var version: String
    var file: String
    var translated: Bool
    var current: Int
    var stale: Int
    var missing: Int
}
