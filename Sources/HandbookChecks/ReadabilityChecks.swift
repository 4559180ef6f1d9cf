import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// What a readability check looks at: every text of a policy's rules for a reader whose audience
/// handbook.yml lists, each scored once for all the checks and for `--format json`.
public struct ReadabilitySubject: Sendable {
    public struct Text: Sendable {
        public var rule: Rule
        /// How messages name the text: `summary` or `` `why` ``.
        public var field: String
        public var summary: Summary
        public var audience: Audience
        public var band: Band?
        public var score: ReadabilityScore
        /// The rule's `readability-exception` for this reader, if it has one.
        public var exception: ReadabilityException?

        /// The reader as messages name them: the band's name, or the audience's.
        public var reader: String { band?.name ?? audience.name }
        /// The reader's `max-grade`: the band's, else the audience's.
        public var limit: Double? { band?.maxGrade ?? audience.maxGrade }
    }

    public var policy: Policy
    public var texts: [Text]
    public var glossary: Glossary

    public init(policy: Policy, config: HandbookConfig, glossary: Glossary) {
        self.policy = policy
        self.glossary = glossary
        texts = policy.rules.flatMap { rule in
            rule.readerTexts.compactMap { field, summary -> Text? in
                guard let audience = config.audience(summary.audience) else { return nil }
                let band = summary.band.flatMap { id in audience.bands.first { $0.id == id } }
                return Text(rule: rule, field: field, summary: summary, audience: audience, band: band,
                            score: Readability.score(summary.text, familiar: Self.familiarWords(audience, band: band)),
                            exception: rule.readabilityException(for: summary.audience, band: summary.band))
            }
        }
    }

    /// Words the reader knows from the children's word lists: for pupils, those taught by the
    /// age of the band's youngest; for adults, all of them.
    static func familiarWords(_ audience: Audience, band: Band?) -> FamiliarWords {
        audience.kind == .pupils ? .pupils(aged: band?.ages?.lowerBound) : .adults
    }

    /// The measurement of each text, as `handbook check --format json` reports them.
    public var measurements: [ReadabilityChecks.Measurement] {
        texts.map { text in
            let score = text.score
            return ReadabilityChecks.Measurement(policy: policy.id, rule: text.rule.id.value, audience: text.audience.id,
                                                 band: text.band?.id, words: score.words, sentences: score.sentences,
                                                 syllables: score.syllables, grade: ReadabilityChecks.rounded(score.grade),
                                                 ease: ReadabilityChecks.rounded(score.ease))
        }
    }
}

/// The readability gate: each text's Flesch–Kincaid grade against its reader's `max-grade`. A
/// text over it with a `readability-exception` for its reader is a warning that gives the reason.
struct ReadabilityGradeCheck: ReadabilityCheck {
    let name = "readability"

    func check(_ subject: ReadabilitySubject) -> [Diagnostic] {
        let overLimit = subject.texts.compactMap { text -> Diagnostic? in
            guard let limit = text.limit, text.score.grade > limit else { return nil }
            if let exception = text.exception { return excused(text, limit: limit, exception: exception) }
            return tooHard(text, limit: limit, glossary: subject.glossary)
        }
        return overLimit + subject.policy.rules.flatMap { unneededExceptions($0, subject: subject) }
    }

    private func excused(_ text: ReadabilitySubject.Text, limit: Double, exception: ReadabilityException) -> Diagnostic {
        let name = text.summary.band ?? text.summary.audience
        return .warning(at: text.summary.location,
                        "the \(name) \(text.field) of rule `\(text.rule.id.value)` is above the limit for \(text.reader): grade \(ReadabilityChecks.twoDecimals(text.score.grade)), limit \(ReadabilityChecks.format(limit)); allowed by its readability exception: “\(exception.reason)”",
                        hint: "the governors' list of policies shows this exception; make the text simpler and remove the exception when you can")
    }

    /// An exception must excuse a text that needs it: one for a reader the rule has no text for,
    /// or whose texts are all within their limit, would sit on the governors' list for nothing.
    private func unneededExceptions(_ rule: Rule, subject: ReadabilitySubject) -> [Diagnostic] {
        rule.readabilityExceptions.compactMap { exception in
            let reader = exception.band.map { "`\(exception.audience)` / `\($0)`" } ?? "`\(exception.audience)`"
            let texts = rule.readerTexts.filter { $0.text.audience == exception.audience && $0.text.band == exception.band }
            guard !texts.isEmpty else {
                let readers = rule.readerTexts.map { _, text in
                    text.band.map { "`\(text.audience)` / `\($0)`" } ?? "`\(text.audience)`"
                }.uniqued()
                return .error(at: exception.location,
                              "rule `\(rule.id.value)` has a readability exception for \(reader), but no summary or `why` for that reader",
                              hint: readers.isEmpty ? "remove the exception" : "its readers are \(readers.joined(separator: ", ")); correct the reader or remove the exception")
            }
            let measured = subject.texts.filter { $0.rule.id == rule.id && $0.summary.audience == exception.audience && $0.summary.band == exception.band }
            guard !measured.isEmpty, measured.allSatisfy({ text in text.limit.map { text.score.grade <= $0 } ?? true }) else { return nil }
            let grades = measured.map { text in
                text.limit.map { "\(text.field) grade \(ReadabilityChecks.twoDecimals(text.score.grade)), limit \(ReadabilityChecks.format($0))" }
                    ?? "\(text.field): \(text.reader) have no `max-grade`"
            }
            return .warning(at: exception.location,
                            "the readability exception of rule `\(rule.id.value)` for \(reader) is not needed: \(grades.joined(separator: "; "))",
                            hint: "remove it, so the governors' list of policies shows only exceptions in use")
        }
    }

    private func tooHard(_ text: ReadabilitySubject.Text, limit: Double, glossary: Glossary) -> Diagnostic {
        let score = text.score, summary = text.summary
        let name = summary.band ?? summary.audience
        var hint = "longest sentence (\(Readability.words(in: score.longestSentence).count) words): “\(score.longestSentence)”"
        // A word the glossary explains is not one to replace: the policy may not be able to avoid it.
        let hardest = score.hardWords.filter { !glossary.explains($0) }
        if !hardest.isEmpty {
            hint += "\nhardest words: " + hardest.prefix(5).joined(separator: ", ")
        }
        hint += "\nuse shorter sentences and shorter words"
        return .error(at: summary.location,
                      "the \(name) \(text.field) of rule `\(text.rule.id.value)` is too hard for \(text.reader): grade \(ReadabilityChecks.twoDecimals(score.grade)), limit \(ReadabilityChecks.format(limit))",
                      hint: hint)
    }
}

/// For pupils, long words that are neither common nor explained in the glossary.
struct HardWordCheck: ReadabilityCheck {
    let name = "hard-word"

    func check(_ subject: ReadabilitySubject) -> [Diagnostic] {
        subject.texts.compactMap { text in
            guard text.audience.kind == .pupils else { return nil }
            let unexplained = text.score.hardWords.filter { !CommonWords.contains($0) && !subject.glossary.explains($0) }
            guard !unexplained.isEmpty else { return nil }
            let list = unexplained.map { "“\($0)”" }.joined(separator: ", ")
            return .warning(
                at: text.summary.location,
                "the \(text.summary.band ?? "") \(text.field) of rule `\(text.rule.id.value)` uses \(unexplained.count == 1 ? "a long word" : "long words") that \(text.reader) may not know: \(list)",
                hint: "use a shorter word, or add it to glossary.yml with a plain definition for pupils")
        }
    }
}

/// The measurement `--format json` reports, and how grades are written in messages.
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
