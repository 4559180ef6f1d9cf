import HandbookModel

/// handbook.yml's categories: ids usable in addresses, each named once.
struct CategoriesCheck: HandbookCheck {
    let name = "categories"

    func check(_ subject: HandbookSubject) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for category in subject.config.categories {
            if !ContentPaths.isValidID(category.id) {
                diagnostics.append(.error(at: category.location, "the category id `\(category.id)` cannot be used in a web address",
                                          hint: "use lower-case letters, digits and hyphens, like `keeping-safe`"))
            }
            if let first = seen[category.id] {
                diagnostics.append(.error(at: category.location, "the category id `\(category.id)` is used twice",
                                          hint: "the first is on line \(first.line ?? 1); give each category its own id"))
            } else {
                seen[category.id] = category.location
            }
        }
        return diagnostics
    }
}

/// A policy's category and related policies must be ones the handbook has.
struct CategoryAndRelatedCheck: EditionCheck {
    let name = "category-and-related"

    func check(_ subject: EditionSubject) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let edition = subject.policy.edition
        if let category = edition.category, subject.config.category(category.value) == nil {
            let ids = subject.config.categories.map(\.id)
            var hint = ids.isEmpty
                ? "handbook.yml lists no categories: add one under `categories:` with this id and a name"
                : "the categories in handbook.yml are " + ids.map { "`\($0)`" }.joined(separator: ", ")
            if let guess = Suggestion.closest(to: category.value, among: ids) { hint = "did you mean `\(guess)`? " + hint }
            diagnostics.append(.error(at: category.location,
                                      "`\(category.value)` is not a category in handbook.yml", hint: hint))
        }
        for related in edition.related {
            if related.value == subject.policy.id {
                diagnostics.append(.error(at: related.location, "a policy cannot be related to itself",
                                          hint: "remove `\(related.value)` from `related`"))
            } else if !subject.knownPolicies.contains(related.value) {
                var hint = "the policies are " + subject.knownPolicies.sorted().map { "`\($0)`" }.joined(separator: ", ")
                if let guess = Suggestion.closest(to: related.value, among: Array(subject.knownPolicies)) {
                    hint = "did you mean `\(guess)`? " + hint
                }
                diagnostics.append(.error(at: related.location, "there is no policy `\(related.value)` to relate to",
                                          hint: hint))
            }
        }
        return diagnostics
    }
}
