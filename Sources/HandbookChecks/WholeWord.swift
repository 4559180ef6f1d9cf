/// Whether a word or phrase stands in a text as whole words, not inside a longer word.
enum WholeWord {
    static func occurs(_ phrase: String, in text: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        var searchFrom = text.startIndex
        while let range = text.range(of: phrase, range: searchFrom..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            searchFrom = text.index(after: range.lowerBound)
        }
        return false
    }
}
