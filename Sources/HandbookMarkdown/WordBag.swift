/// Counts how many of a few wanted words a text holds, for a quick bound on how close a passage
/// can come to a quote. Words are compared lower-cased, as the quote search compares them.
enum WordBag {
    /// The number of words of `text` that match a wanted word, each wanted word counted at most
    /// as often as it is wanted.
    static func overlap(_ text: String, with wanted: [String: Int]) -> Int {
        var remaining = wanted
        var found = 0
        for word in TextNormalizer.words(text) {
            let key = word.lowercased()
            if let left = remaining[key], left > 0 {
                remaining[key] = left - 1
                found += 1
            }
        }
        return found
    }
}
