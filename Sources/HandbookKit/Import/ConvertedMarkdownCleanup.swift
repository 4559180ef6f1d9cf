/// pandoc's CommonMark made into the handbook's: the filter's marks taken out and reported,
/// headings starting at `##` (the page itself shows the title), bullets written `- `, quote marks
/// plain, and the backslashes pandoc puts before harmless punctuation removed.
enum ConvertedMarkdownCleanup {
    struct Cleaned: Equatable {
        var markdown: String
        var documentTitle: String?
        var skipped: [ImportFindings.Skipped]
    }

    static func clean(_ converted: String) -> Cleaned {
        var title: String?
        var skipped: [ImportFindings.Skipped] = []
        var lines: [String] = []
        // After a table's mark is taken out, a list that follows a list would join it: it gets `*` bullets.
        var separateNextList = false
        var previousWasList = false
        for rawLine in converted.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            let (unmarked, found) = takeMarks(line)
            line = unmarked
            for mark in found {
                switch mark.kind {
                case "title": title = mark.text
                case "table": skipped.append(.init(kind: .table, detail: "\(mark.text) rows, written as a list, one item per row"))
                case "image": skipped.append(.init(kind: .image, detail: mark.text.isEmpty ? "no description" : mark.text))
                case "footnote": skipped.append(.init(kind: .footnote, detail: "note \(mark.text), kept under Notes at the end"))
                default: skipped.append(.init(kind: .object, detail: mark.text))
                }
            }
            if line.trimmedSpaces.isEmpty {
                if !found.isEmpty, previousWasList { separateNextList = true }
                if lines.last?.isEmpty == false { lines.append("") }
                continue
            }
            let isTopLevelItem = line.hasPrefix("-   ") || line.hasPrefix("- ") || line.hasPrefix("* ")
            let isIndented = line.hasPrefix(" ")
            if isTopLevelItem {
                let text = line.drop(while: { $0 == "-" || $0 == "*" }).drop(while: { $0 == " " })
                line = (separateNextList ? "* " : "- ") + text
            } else if !isIndented {
                separateNextList = false
            }
            if !isIndented { previousWasList = isTopLevelItem || (previousWasList && line.isEmpty) }
            line = bulletsWithOneSpace(line)
            line = plainQuotes(unescaped(line))
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        let markdown = HeadingLevels.startingAtTwo(lines).joined(separator: "\n") + "\n"
        return Cleaned(markdown: markdown, documentTitle: title.map { plainQuotes($0) }, skipped: skipped)
    }

    struct Mark { var kind: String; var text: String }

    /// The ⟦kind:text⟧ and ⟦skipped:kind:text⟧ marks of the filter, taken out of the line.
    static func takeMarks(_ line: String) -> (String, [Mark]) {
        var rest = Substring(line)
        var kept = ""
        var marks: [Mark] = []
        while let open = rest.firstIndex(of: "⟦"), let close = rest[open...].firstIndex(of: "⟧") {
            kept += rest[..<open]
            var inside = rest[rest.index(after: open)..<close]
            if inside.hasPrefix("skipped:") { inside = inside.dropFirst("skipped:".count) }
            let parts = inside.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            marks.append(Mark(kind: String(parts[0]), text: parts.count > 1 ? String(parts[1]).trimmedSpaces : ""))
            rest = rest[rest.index(after: close)...]
        }
        kept += rest
        return (marks.isEmpty ? line : String(kept.trimmedTrailingSpaces), marks)
    }

    /// pandoc writes `-   item` and `1.  item`; a nested line keeps its indent.
    private static func bulletsWithOneSpace(_ line: String) -> String {
        let indent = line.prefix(while: { $0 == " " })
        let rest = line.dropFirst(indent.count)
        if rest.hasPrefix("-   ") { return indent + "- " + rest.dropFirst(4) }
        return line
    }

    /// Curly quote marks as plain ones, as the office types them in rules.yml.
    static func plainQuotes(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\u{2018}", "\u{2019}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            case "\u{00A0}": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }

    /// Punctuation pandoc escapes where CommonMark would read it as nothing special. Escapes in a
    /// line's first word (`1\.`, `\#`, `\-`) stay: without them the line would become a list or heading.
    static let harmless: Set<Character> = ["'", "\"", "$", "%", "&", "@", "~", "^", "|", "(", ")", "!", ".", ",", ";",
                                           ":", "?", "=", "+", "/", "-", "#", "[", "]"]

    static func unescaped(_ line: String) -> String {
        let indent = line.prefix(while: { $0 == " " })
        let body = line.dropFirst(indent.count)
        // A list marker, then the item's first word, or just the first word.
        var guardedEnd = body.firstIndex(of: " ") ?? body.endIndex
        if ["-", "*", "+"].contains(String(body[..<guardedEnd])) || body[..<guardedEnd].last == "." {
            let afterMarker = body[guardedEnd...].drop(while: { $0 == " " })
            guardedEnd = afterMarker.firstIndex(of: " ") ?? body.endIndex
        }
        var out = String(indent) + body[..<guardedEnd]
        var rest = body[guardedEnd...]
        while let slash = rest.firstIndex(of: "\\") {
            out += rest[..<slash]
            let next = rest.index(after: slash)
            guard next < rest.endIndex else { out += "\\"; rest = rest[next...]; break }
            let character = rest[next]
            if harmless.contains(character) && !(character == "[" && isLinkText(rest[next...])) {
                out.append(character)
            } else {
                out += "\\"
                out.append(character)
            }
            rest = rest[rest.index(after: next)...]
        }
        return out + rest
    }

    /// `[…](` or `[…][`: a bracket that would start a link when unescaped.
    private static func isLinkText(_ text: Substring) -> Bool {
        guard let close = text.firstIndex(of: "]") else { return false }
        let after = text[text.index(after: close)...]
        return after.hasPrefix("(") || after.hasPrefix("[") || after.hasPrefix("\\(")
    }
}

/// Headings moved so the highest is `##`: a policy page shows the title as its own heading.
enum HeadingLevels {
    static func level(_ line: String) -> Int? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    static func startingAtTwo(_ lines: [String]) -> [String] {
        let levels = lines.compactMap(level)
        guard let highest = levels.min() else { return lines }
        let shift = 2 - highest
        guard shift != 0 else { return lines }
        return lines.map { line in
            guard let level = level(line) else { return line }
            let moved = min(6, max(2, level + shift))
            return String(repeating: "#", count: moved) + line.dropFirst(level)
        }
    }
}

extension StringProtocol {
    var trimmedSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }

    var trimmedTrailingSpaces: String {
        String(String(reversed()).drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
