import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// A policy's words for pupils (`pupil-description:`, `pupil-headings:`): each names a band and a
/// section the handbook has, and is within the `max-grade` of every band that is shown it, as a
/// summary is. A band that reads the policy but has no description of its own is shown none, so
/// `check` says so.
struct PupilWordsCheck: PolicyCheck {
    let name = "pupil-words"

    func check(_ subject: PolicySubject) -> [Diagnostic] {
        let policy = subject.entry.working
        let bands = PupilWordsGate.bands(subject.config)
        guard !bands.isEmpty else { return [] }
        let edition = policy.edition
        var diagnostics: [Diagnostic] = []
        if let description = edition.pupilDescription {
            diagnostics += PupilWordsGate.problems(description, named: "`pupil-description`", bands: bands)
        }
        let sections = subject.working.outline.headings
        for heading in edition.pupilHeadings {
            guard sections.contains(where: { $0.id == heading.section.value }) else {
                let known = sections.map { "`\($0.id)` (\($0.text))" }
                var hint = known.isEmpty ? "policy.md has no `## ` headings; remove it"
                    : "write the id of one of its sections, as in the full policy page's address: " + known.joined(separator: ", ")
                if let guess = Suggestion.closest(to: heading.section.value, among: sections.map(\.id)) {
                    hint = "did you mean `\(guess)`? " + hint
                }
                diagnostics.append(.error(at: heading.section.location,
                                          "`pupil-headings` names the section `\(heading.section.value)`, which policy.md does not have",
                                          hint: hint))
                continue
            }
            diagnostics += PupilWordsGate.problems(heading.text, named: "the pupil heading for `\(heading.section.value)`", bands: bands)
        }
        let readers = Set(policy.rules.flatMap(\.summaries).compactMap(\.band))
        for band in bands where readers.contains(band.id) && edition.pupilDescription?.text(for: band.id) == nil {
            diagnostics.append(.warning(at: edition.location,
                                        "\(band.name) read this policy, but it has no `pupil-description` for them: their list shows only its title",
                                        hint: "add one plain line for them to the front matter, like:\n\(PupilWordsGate.descriptionExample(bands))"))
        }
        return diagnostics
    }
}

/// The words every pupil page may show from handbook.yml and glossary.yml: "Who can I tell?"
/// (`pupil-help:`'s `says` and each helpline's `about`) and the glossary's definitions for pupils
/// are within each band's `max-grade`. The trusted adults are not scored: each is a name for a
/// person ("Your class teacher"), not a sentence, and the formula cannot judge three words fairly.
struct PupilSharedWordsCheck: HandbookCheck {
    let name = "pupil-shared-words"

    func check(_ subject: HandbookSubject) -> [Diagnostic] {
        let bands = PupilWordsGate.bands(subject.config)
        guard !bands.isEmpty else { return [] }
        return help(subject.config.pupilHelp, bands: bands) + definitions(subject.glossary, config: subject.config, bands: bands)
    }

    private func definitions(_ glossary: Glossary, config: HandbookConfig, bands: [Band]) -> [Diagnostic] {
        glossary.entries.flatMap { entry in
            entry.definitions.flatMap { definition -> [Diagnostic] in
                guard config.audience(definition.audience)?.kind == .pupils else { return [] }
                let text = Located(definition.text, at: definition.location)
                // A band the glossary names that handbook.yml lacks is the `glossary` check's to report.
                let shownTo = definition.band.map { band in bands.filter { $0.id == band } } ?? bands
                return PupilWordsGate.problems(PupilText(everyBand: text), named: "the pupils' definition of “\(entry.term)” in glossary.yml",
                                               bands: shownTo)
            }
        }
    }

    private func help(_ help: PupilHelp?, bands: [Band]) -> [Diagnostic] {
        guard let help else { return [] }
        var diagnostics: [Diagnostic] = []
        if let says = help.says { diagnostics += PupilWordsGate.problems(says, named: "`says` in `pupil-help`", bands: bands) }
        for helpline in help.helplines {
            guard let about = helpline.about else { continue }
            diagnostics += PupilWordsGate.problems(PupilText(everyBand: about), named: "`about` of \(helpline.name)", bands: bands)
        }
        return diagnostics
    }
}

/// Pupil words against the bands that see them.
enum PupilWordsGate {
    static func problems(_ text: PupilText, named name: String, bands: [Band]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in text.bands where !bands.contains(where: { $0.id == entry.band.value }) {
            var hint = "the bands in handbook.yml are " + bands.map { "`\($0.id)`" }.joined(separator: ", ")
            if let guess = Suggestion.closest(to: entry.band.value, among: bands.map(\.id)) { hint = "did you mean `\(guess)`? " + hint }
            diagnostics.append(.error(at: entry.band.location, "\(name) is written for the band `\(entry.band.value)`, which handbook.yml does not have",
                                      hint: hint))
        }
        for band in bands {
            guard let limit = band.maxGrade, let shown = text.text(for: band.id) else { continue }
            let score = Readability.score(shown.value, familiar: .pupils(aged: band.ages?.lowerBound))
            guard score.grade > limit else { continue }
            var hint = "longest sentence (\(Readability.words(in: score.longestSentence).count) words): “\(score.longestSentence)”"
            if !score.hardWords.isEmpty { hint += "\nhardest words: " + score.hardWords.prefix(5).joined(separator: ", ") }
            hint += "\nuse shorter sentences and shorter words"
            if text.everyBand == shown, bands.count > 1 { hint += ", or write one for each band" }
            diagnostics.append(.error(at: shown.location,
                                      "\(name) is too hard for \(band.name): grade \(ReadabilityChecks.twoDecimals(score.grade)), limit \(ReadabilityChecks.format(limit))",
                                      hint: hint))
        }
        return diagnostics
    }

    /// Every band of pupils, each with its reading limit: its own `max-grade`, else its audience's.
    static func bands(_ config: HandbookConfig) -> [Band] {
        config.audiences.filter { $0.kind == .pupils }.flatMap { audience in
            audience.bands.map { band in
                var band = band
                band.maxGrade = band.maxGrade ?? audience.maxGrade
                return band
            }
        }
    }

    static func descriptionExample(_ bands: [Band]) -> String {
        "pupil-description:\n" + bands.map { "  \($0.id): What this policy is about, in a few short words." }.joined(separator: "\n")
    }
}
