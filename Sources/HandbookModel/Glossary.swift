/// `glossary.yml`: hard words with plain definitions for each audience, explained on the pages
/// where they appear.
public struct Glossary: Sendable, Hashable {
    public var entries: [GlossaryEntry]
    public var path: String?

    public init(entries: [GlossaryEntry] = [], path: String? = nil) {
        self.entries = entries
        self.path = path
    }

    /// The entries with a definition for this reader, in file order.
    public func entries(for audience: String, band: String?) -> [(entry: GlossaryEntry, definition: String)] {
        entries.compactMap { entry in
            entry.definition(for: audience, band: band).map { (entry, $0) }
        }
    }

    /// True when `word` is a glossary term, or one of its other forms, for anyone.
    public func explains(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return entries.contains { entry in entry.forms.contains { $0.lowercased() == lowered } }
    }
}

public struct GlossaryEntry: Sendable, Hashable {
    public var term: String
    /// Other ways the term is written (plural, short form); the term itself comes first.
    public var forms: [String]
    public var definitions: [Summary]
    public var location: SourceLocation

    public init(term: String, forms: [String], definitions: [Summary], location: SourceLocation) {
        self.term = term
        self.forms = forms
        self.definitions = definitions
        self.location = location
    }

    /// A band's own definition, else the audience's.
    public func definition(for audience: String, band: String?) -> String? {
        if let band, let own = definitions.first(where: { $0.audience == audience && $0.band == band }) { return own.text }
        return definitions.first { $0.audience == audience && $0.band == nil }?.text
    }
}
