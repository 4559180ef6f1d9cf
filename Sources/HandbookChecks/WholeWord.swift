import Foundation

/// Where a word or phrase stands in a text as whole words, not inside a longer word, compared
/// without regard to case: used to find glossary terms in policy text and in summaries.
package enum WholeWord {
    package static func range(of phrase: String, in text: Substring) -> Range<Substring.Index>? {
        guard !phrase.isEmpty else { return nil }
        var start = text.startIndex
        while let range = text.range(of: phrase, options: .caseInsensitive, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return range }
            start = range.upperBound
        }
        return nil
    }

    package static func occurs(_ phrase: String, in text: String) -> Bool {
        range(of: phrase, in: Substring(text)) != nil
    }
}
