/// Gives every heading a readable, unique, stable id: "Terms of Use" becomes `terms-of-use`,
/// a second "Terms of Use" `terms-of-use-2`.
public struct HeadingSlugger: Sendable {
    private var used: Set<String>

    /// Ids the page templates use themselves, and the `rule-` prefix kept for rule anchors.
    public init(reserved: Set<String> = ["main", "contents", "top", "policy-text"]) {
        used = reserved
    }

    public mutating func slug(for text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else if character != "'" && character != "\u{2019}" {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { slug = "section" }
        if slug.hasPrefix("rule-") { slug = "section-" + slug }
        var candidate = slug
        var number = 2
        while used.contains(candidate) {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
