/// A language the school offers families besides English, from `languages:` in handbook.yml.
public struct Language: Sendable, Hashable {
    /// The BCP 47 tag, such as `pl` or `ur`: the page's `lang`, and its folder under the parents' pages.
    public var id: String
    /// The language's name as its readers write it, such as `Polski` or `اردو`.
    public var name: String
    public var direction: TextDirection
    public var location: SourceLocation
    /// The school's own words for the pages around translated texts, from
    /// `content/translations/LANG.yml`, by the name the templates use; the templates show English
    /// for any word not given.
    public var words: [String: String]

    public init(id: String, name: String, direction: TextDirection = .leftToRight, location: SourceLocation,
                words: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.direction = direction
        self.location = location
        self.words = words
    }
}

/// Which way a language's lines run: the page's `dir`.
public enum TextDirection: String, Sendable, Hashable, CaseIterable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// The shape of a BCP 47 language tag as handbooks use them: a language (`pl`), optionally a
/// script (`pa-Arab`) and a region (`pt-BR`), letters and digits only, so it can also name a folder.
public enum LanguageTag {
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count) || (5...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        var rest = parts.dropFirst()
        if let script = rest.first, script.count == 4, script.allSatisfy({ $0.isASCII && $0.isLetter }) {
            rest = rest.dropFirst()
        }
        if let region = rest.first,
           (region.count == 2 && region.allSatisfy({ $0.isASCII && $0.isLetter }))
            || (region.count == 3 && region.allSatisfy({ $0.isASCII && $0.isNumber })) {
            rest = rest.dropFirst()
        }
        // Variants: five to eight letters or digits, or four starting with a digit.
        return rest.allSatisfy { variant in
            variant.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                && ((5...8).contains(variant.count) || (variant.count == 4 && variant.first?.isNumber == true))
        }
    }
}
