/// Splits text at the line breaks that end a sentence even without a full stop, and drops
/// list markers ("- ", "• ", "1. ", "a) "). A line break ends a sentence
/// - at a blank line,
/// - before a list item, and after one unless the next line is indented (a continuation),
/// - before a line that starts with a capital letter ("I give my phone in\nI switch it off"),
///   unless the line before ends with a comma, semicolon, dash or open bracket.
///
/// Any other line break is a wrapped line and reads as a space.
enum TextBlocks {
    static func blocks(in text: String) -> [Substring] {
        var blocks: [Substring] = []
        var current: Range<String.Index>?
        var previous: Line?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = Line(rawLine)
            defer { previous = line.content.isEmpty ? nil : line }
            guard !line.content.isEmpty else { continue }
            if let block = current, let previous, previous.continues(into: line) {
                current = block.lowerBound..<line.content.endIndex
            } else {
                if let block = current { blocks.append(text[block]) }
                current = line.content.startIndex..<line.content.endIndex
            }
        }
        if let block = current { blocks.append(text[block]) }
        return blocks
    }

    private struct Line {
        /// The words of the line: no list marker, no surrounding spaces.
        let content: Substring
        let isListItem: Bool
        let isIndented: Bool

        init(_ line: Substring) {
            isIndented = line.first?.isWhitespace == true
            let trimmed = line.drop { $0.isWhitespace }
            let afterMarker = Self.afterListMarker(trimmed)
            isListItem = afterMarker != nil
            let rest = (afterMarker ?? trimmed).drop { $0.isWhitespace }
            var end = rest.endIndex
            while end > rest.startIndex, rest[rest.index(before: end)].isWhitespace { end = rest.index(before: end) }
            content = rest[..<end]
        }

        func continues(into next: Line) -> Bool {
            if next.isListItem { return false }
            if isListItem, !next.isIndented { return false }
            if next.content.first?.isUppercase == true {
                return content.last.map { ",;-\u{2013}\u{2014}(".contains($0) } ?? false
            }
            return true
        }

        /// The text after a bullet, "1." or "1)", or "a)", each followed by a space.
        private static func afterListMarker(_ text: Substring) -> Substring? {
            guard let first = text.first else { return nil }
            var markerEnd: String.Index
            if "-*+\u{2022}\u{25E6}\u{2023}\u{2013}".contains(first) {
                markerEnd = text.index(after: text.startIndex)
            } else if first.isASCII, first.isNumber {
                let digits = text.prefix { $0.isASCII && $0.isNumber }
                guard digits.count <= 3, digits.endIndex < text.endIndex, ".)".contains(text[digits.endIndex]) else { return nil }
                markerEnd = text.index(after: digits.endIndex)
            } else if first.isLowercase, text.dropFirst().first == ")" {
                markerEnd = text.index(text.startIndex, offsetBy: 2)
            } else {
                return nil
            }
            guard markerEnd < text.endIndex, text[markerEnd].isWhitespace else { return nil }
            markerEnd = text.index(after: markerEnd)
            return text[markerEnd...]
        }
    }
}
