import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// The readability gate: each summary's Flesch–Kincaid grade against its reader's `max-grade`,
/// and, for readers in bands (pupils), long words that are neither common nor explained.
public enum ReadabilityChecks {
    /// One measured summary, as reported by `handbook check --format json`.
    public struct Measurement: Sendable, Hashable, Codable {
        public var policy: String
        public var rule: String
        public var audience: String
        public var band: String?
        public var words: Int
        public var sentences: Int
        public var syllables: Int
        public var grade: Double
        public var ease: Double
    }

    public static func check(_ policy: Policy, config: HandbookConfig, glossary: Glossary)
        -> (measurements: [Measurement], diagnostics: [Diagnostic]) {
        var measurements: [Measurement] = []
        var diagnostics: [Diagnostic] = []
        for rule in policy.rules {
            for (field, summary) in rule.readerTexts {
                guard let audience = config.audience(summary.audience) else { continue }
                let band = summary.band.flatMap { id in audience.bands.first { $0.id == id } }
                let score = Readability.score(summary.text)
                measurements.append(Measurement(policy: policy.id, rule: rule.id.value, audience: audience.id,
                                                band: band?.id, words: score.words, sentences: score.sentences,
                                                syllables: score.syllables, grade: rounded(score.grade),
                                                ease: rounded(score.ease)))
                let reader = band.map { $0.name } ?? audience.name
                if let limit = band?.maxGrade ?? audience.maxGrade, score.grade > limit {
                    diagnostics.append(tooHard(rule: rule, summary: summary, field: field, reader: reader, score: score,
                                               limit: limit, glossary: glossary))
                }
                if audience.kind == .pupils {
                    let unexplained = score.hardWords.filter { !CommonWords.contains($0) && !glossary.explains($0) }
                    if !unexplained.isEmpty {
                        let list = unexplained.map { "“\($0)”" }.joined(separator: ", ")
                        diagnostics.append(.warning(
                            at: summary.location,
                            "the \(summary.band ?? "") \(field) of rule `\(rule.id.value)` uses \(unexplained.count == 1 ? "a long word" : "long words") that \(reader) may not know: \(list)",
                            hint: "use a shorter word, or add it to glossary.yml with a plain definition for pupils",
                            code: "hard-word"))
                    }
                }
            }
        }
        return (measurements, diagnostics)
    }

    private static func tooHard(rule: Rule, summary: Summary, field: String, reader: String, score: ReadabilityScore,
                                limit: Double, glossary: Glossary) -> Diagnostic {
        let name = summary.band ?? summary.audience
        var hint = "longest sentence (\(Readability.words(in: score.longestSentence).count) words): “\(score.longestSentence)”"
        // A word the glossary explains is not one to replace: the policy may not be able to avoid it.
        let hardest = score.hardWords.filter { !glossary.explains($0) }
        if !hardest.isEmpty {
            hint += "\nhardest words: " + hardest.prefix(5).joined(separator: ", ")
        }
        hint += "\nuse shorter sentences and shorter words"
        return .error(at: summary.location,
                      "the \(name) \(field) of rule `\(rule.id.value)` is too hard for \(reader): grade \(twoDecimals(score.grade)), limit \(format(limit))",
                      hint: hint, code: "readability")
    }

    package static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// A grade to two decimals, so a summary just over its limit never reads as within it
    /// ("grade 3.03, limit 3", not "grade 3, limit 3").
    package static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    package static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1_000_000 else { return String(value) }
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
