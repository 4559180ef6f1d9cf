import HandbookModel

/// Whether a translated text still says what the English says now.
public enum TranslationState: String, Sendable, Hashable, CaseIterable {
    /// Made from the English as it is now.
    case current
    /// Made from English that a later edition changed: readers see the English until it is redone.
    case stale
    /// Not translated.
    case missing
}

/// One text of a policy that parents read, in English and as translated.
public struct TranslationEntry: Sendable, Hashable {
    public enum Place: Sendable, Hashable {
        case title
        case description
        case parents(rule: String)
        case pupils(rule: String, band: String)
    }

    public var place: Place
    public var english: String
    public var translated: TranslatedText?
    /// A band's pupil summary is translated only for the agreement's parent part, when the school
    /// chooses to: it is never counted missing.
    public var isOptional: Bool

    public var fingerprint: String { EnglishFingerprint.of(english) }

    public var state: TranslationState {
        guard let translated else { return .missing }
        return translated.from == fingerprint ? .current : .stale
    }

    /// The translation, when it was made from this English.
    public var currentText: String? { state == .current ? translated?.text : nil }
}

/// A policy's texts for parents set against one translation of them.
public struct TranslationReview: Sendable, Hashable {
    public var entries: [TranslationEntry]

    /// `policy` is the edition parents read; `translation` nil counts everything missing.
    public init(policy: Policy, translation: PolicyTranslation?, config: HandbookConfig) {
        var entries = [TranslationEntry(place: .title, english: policy.edition.title, translated: translation?.title,
                                        isOptional: false)]
        if let description = policy.edition.description {
            entries.append(TranslationEntry(place: .description, english: description,
                                            translated: translation?.description, isOptional: false))
        }
        let parents = config.audiences.filter { $0.kind == .parents }.map(\.id)
        let pupils = config.audiences.filter { $0.kind == .pupils }
        for rule in policy.rules {
            if let summary = parents.lazy.compactMap({ rule.summary(for: $0) }).first {
                entries.append(TranslationEntry(place: .parents(rule: rule.id.value), english: summary.text,
                                                translated: translation?.parents[rule.id.value], isOptional: false))
            }
            for audience in pupils {
                for band in audience.bands where rule.isAcknowledged(by: audience.id, band: band.id) {
                    guard let summary = rule.summary(for: audience.id, band: band.id) else { continue }
                    entries.append(TranslationEntry(place: .pupils(rule: rule.id.value, band: band.id), english: summary.text,
                                                    translated: translation?.pupils[rule.id.value]?[band.id], isOptional: true))
                }
            }
        }
        self.entries = entries
    }

    /// How many entries are in each state; an optional entry not translated is not counted.
    public func count(_ state: TranslationState) -> Int {
        entries.filter { $0.state == state && !($0.isOptional && state == .missing) }.count
    }

    public func entry(_ place: TranslationEntry.Place) -> TranslationEntry? {
        entries.first { $0.place == place }
    }
}
