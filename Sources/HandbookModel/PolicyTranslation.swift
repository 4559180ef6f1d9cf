/// `policies/ID/translations/LANG.yml`: a policy's words for parents in another language. It sits
/// beside the policy, never in an edition, so releasing and fingerprinting never read it.
public struct PolicyTranslation: Sendable, Hashable {
    /// The language's id from handbook.yml, taken from the file's name.
    public var language: String
    public var path: String
    /// `translates:`: the edition the translator worked from.
    public var translates: Located<String>
    public var title: TranslatedText?
    public var description: TranslatedText?
    /// Each rule's parents' summary, by rule id.
    public var parents: [String: TranslatedText]
    /// Each rule's pupil summaries, by rule id then band id, for the agreement's parent part.
    public var pupils: [String: [String: TranslatedText]]

    public init(language: String, path: String, translates: Located<String>, title: TranslatedText? = nil,
                description: TranslatedText? = nil, parents: [String: TranslatedText] = [:],
                pupils: [String: [String: TranslatedText]] = [:]) {
        self.language = language
        self.path = path
        self.translates = translates
        self.title = title
        self.description = description
        self.parents = parents
        self.pupils = pupils
    }
}

/// One translated text and the fingerprint of the English it was translated from.
public struct TranslatedText: Sendable, Hashable {
    public var text: String
    /// `from:`: see `EnglishFingerprint`.
    public var from: String
    public var location: SourceLocation

    public init(text: String, from: String, location: SourceLocation) {
        self.text = text
        self.from = from
        self.location = location
    }
}
