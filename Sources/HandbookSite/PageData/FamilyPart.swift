import HandbookContent
import HandbookModel
import HandbookTemplates

/// The parent part of a pupil's agreement in the family's language, printed beside the English:
/// the school's words for the note, the declaration and the signature lines, and the promises
/// where they are translated from the English as it is now.
package struct FamilyPart: PageData {
    package var lang: String
    package var dir: String
    package var words: LanguageWords
    package var title: TranslatedLine
    package var promises: [TranslatedLine]

    /// The part for `language`, the promises being `rules` of `band` on the sheet.
    package init(language: Language, translation: PolicyTranslation?, policy: Policy, config: HandbookConfig,
                 band: String, ruleIDs: [String]) {
        let review = TranslationReview(policy: policy, translation: translation, config: config)
        lang = language.id
        dir = language.direction.rawValue
        words = LanguageWords(words: language.words)
        title = review.entry(.title).map(TranslatedLine.init) ?? TranslatedLine(english: policy.edition.title)
        promises = ruleIDs.compactMap { id in review.entry(.pupils(rule: id, band: band)).map(TranslatedLine.init) }
    }

    package static let templateFields: TemplateFields<Self> = [
        "lang": .field(\.lang),
        "dir": .field(\.dir),
        "words": .field(\.words),
        "title": .field(\.title),
        "promises": .field(\.promises),
        "hasPromises": .field { $0.promises.contains { !$0.isEnglish } },
    ]
}
