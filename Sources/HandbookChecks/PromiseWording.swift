import HandbookModel

/// A pupil keeps a `must` or `must-not` rule that binds them as a promise in their own words:
/// the pupil page shows it under "What I promise" and the agreement asks them to tick it, so a
/// summary that is not said by the pupil ("Pupils must…", "You must…") reads wrongly there.
enum PromiseWording {
    static func problems(_ rule: Rule, config: HandbookConfig) -> [Diagnostic] {
        guard rule.kind == .must || rule.kind == .mustNot else { return [] }
        var diagnostics: [Diagnostic] = []
        for audience in config.audiences where audience.kind == .pupils {
            for band in audience.views where rule.binds(audience.id, band: band?.id) {
                guard let summary = rule.summary(for: audience.id, band: band?.id),
                      !isFirstPerson(summary.text) else { continue }
                let reader = band?.name ?? audience.name
                diagnostics.append(.warning(
                    at: summary.location,
                    "the \(band?.id ?? audience.id) summary of rule `\(rule.id.value)` is a promise \(reader) make, but it is not said in their own words",
                    hint: "write it as the pupil would say it, starting with “I will” or “I will not”, like “I will be kind online.”"))
            }
        }
        return diagnostics
    }

    /// Said by the pupil: the word “I” as a word of its own.
    static func isFirstPerson(_ text: String) -> Bool {
        WholeWord.occurs("I", in: text)
    }
}
