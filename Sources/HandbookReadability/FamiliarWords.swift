/// Words a reader already knows, so the readability gate never calls them hard however many
/// syllables they have. For a band of pupils: the lists in `Resources/childrens-words.txt`
/// taught by the age of its youngest pupils; for adults: every list.
///
/// A word is known as written, as a plural in -s or -es, or with a possessive -'s.
public struct FamiliarWords: Sendable, Hashable {
    private let words: Set<String>

    public init(_ words: Set<String>) {
        self.words = Set(words.map { $0.lowercased() })
    }

    /// No word is known: every word of three or more syllables is hard.
    public static let none = FamiliarWords([])

    /// Every list, for adult readers.
    public static let adults = FamiliarWords(ChildrensWordLists.shared.lists.reduce(into: []) { $0.formUnion($1.words) })

    /// The lists taught by the time children are `youngest` years old; for a band with no ages,
    /// only the lists taught from the first year of school.
    public static func pupils(aged youngest: Int?) -> FamiliarWords {
        let age = youngest ?? byYoungestAge.first?.fromAge ?? 0
        return byYoungestAge.last { $0.fromAge <= age }?.words ?? .none
    }

    /// For each age a list is taught at, every word taught by then: worked out once, as every
    /// pupil summary of every policy asks.
    private static let byYoungestAge: [(fromAge: Int, words: FamiliarWords)] = {
        let lists = ChildrensWordLists.shared.lists.sorted { $0.fromAge < $1.fromAge }
        var known: Set<String> = []
        return Set(lists.map(\.fromAge)).sorted().map { age in
            for list in lists where list.fromAge == age { known.formUnion(list.words) }
            return (age, FamiliarWords(known))
        }
    }()

    public var isEmpty: Bool { words.isEmpty }

    public func contains(_ word: String) -> Bool {
        let key = SyllableCounter.lookupKey(Substring(word))
        if words.contains(key) { return true }
        if key.hasSuffix("es"), words.contains(String(key.dropLast(2))) { return true }
        return key.hasSuffix("s") && words.contains(String(key.dropLast()))
    }
}
