/// Reads the page layout `pdftotext -layout` prints as Markdown: the lines every page repeats at
/// its top or foot (headers, footers, page numbers) left out, numbered headings ("1. Introduction",
/// "2.3 Aims") as headings, "•" lines as list items, a block of aligned columns as a list with one
/// item per row, words split by a hyphen at a line's end joined, and each paragraph on one line.
package enum LayoutTextReader {
    package struct Read: Equatable {
        package var markdown: String
        /// The first line of the first page, when it reads as a title.
        package var documentTitle: String?
        /// Header and footer lines left out, as they read on the first page that has them.
        package var repeatedLines: [String]
        package var tables: Int
    }

    static let bullets: Set<Character> = ["•", "●", "◦", "▪", "■", "–", "-", "\u{F0B7}", "o", "*", "➢", "✓"]

    package static func read(_ layout: String) -> Read {
        let pages = layout.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmedTrailingSpaces } }
            .filter { page in page.contains { !$0.trimmedSpaces.isEmpty } }
        let repeated = repeatedEdgeLines(pages)
        var kept: [String] = []
        var removed: [String] = []
        var removedKeys: Set<String> = []
        for page in pages {
            for line in page {
                let key = edgeKey(line)
                if !key.isEmpty, repeated.contains(key) || isPageNumber(line) {
                    if !isPageNumber(line), removedKeys.insert(key).inserted { removed.append(line.trimmedSpaces) }
                    continue
                }
                kept.append(line)
            }
            kept.append("")
        }
        // The title is the first page's first line, set larger and apart.
        var title: String?
        if let first = kept.firstIndex(where: { !$0.trimmedSpaces.isEmpty }), looksLikeTitle(kept[first].trimmedSpaces) {
            title = kept[first].trimmedSpaces
            kept.remove(at: first)
        }
        let (blocks, tables) = paragraphs(kept)
        return Read(markdown: render(blocks), documentTitle: title, repeatedLines: removed, tables: tables)
    }

    // MARK: Headers and footers

    /// A line with its digits taken out, so "Page 2 of 5" on every page is one line.
    private static func edgeKey(_ line: String) -> String {
        TextWords.collapsed(String(line.filter { !$0.isNumber }))
    }

    private static func isPageNumber(_ line: String) -> Bool {
        let words = line.trimmedSpaces.lowercased().split(separator: " ")
        guard !words.isEmpty, words.count <= 4 else { return false }
        return words.allSatisfy { word in word.allSatisfy(\.isNumber) || ["page", "of", "-", "–"].contains(String(word)) }
            && words.contains { $0.allSatisfy(\.isNumber) }
    }

    /// Lines among the first or last three of at least half the pages (and two or more).
    private static func repeatedEdgeLines(_ pages: [[String]]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            let text = page.filter { !$0.trimmedSpaces.isEmpty }
            let edges = Set((text.prefix(3) + text.suffix(3)).map(edgeKey).filter { !$0.isEmpty })
            for key in edges { counts[key, default: 0] += 1 }
        }
        let needed = max(2, (pages.count + 1) / 2)
        return Set(counts.filter { $0.value >= needed }.map(\.key))
    }

    // MARK: Blocks

    enum Block: Equatable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case item(String)
        /// Where a list ends and the next begins.
        case listBreak
    }

    private static func paragraphs(_ lines: [String]) -> ([Block], Int) {
        var blocks: [Block] = []
        var tables = 0
        var group: [String] = []
        // A table's header, while the rows below it may go on after a blank line.
        var openHeader: [String]?
        func flush() {
            defer { group = [] }
            guard !group.isEmpty else { return }
            if let header = openHeader, let rows = tableRows(group, header: header) {
                if case .listBreak = blocks.last { blocks.removeLast() }
                blocks += rows.map { .item($0) }
                blocks.append(.listBreak)
                return
            }
            openHeader = nil
            if let header = Self.tableHeader(group), let rows = tableRows(Array(group.dropFirst()), header: header) {
                tables += 1
                openHeader = header
                if let last = blocks.last, case .item = last { blocks.append(.listBreak) }
                blocks += rows.map { .item($0) }
                blocks.append(.listBreak)
                return
            }
            var current: (isItem: Bool, text: String, lines: Int)?
            func close() {
                if let done = current {
                    if done.isItem {
                        blocks.append(.item(done.text))
                    } else if done.lines == 1, let heading = heading(done.text, maximumWords: 12) {
                        blocks.append(heading)
                    } else {
                        blocks.append(.paragraph(done.text))
                    }
                }
                current = nil
            }
            for line in group {
                let text = line.trimmedSpaces
                if let item = bulletText(text) {
                    close()
                    current = (true, item, 1)
                } else if let open = current, !open.isItem, open.lines == 1, let heading = heading(open.text, maximumWords: 8) {
                    // A heading set directly above its first paragraph.
                    blocks.append(heading)
                    current = (false, text, 1)
                } else if let open = current {
                    current = (open.isItem, joined(open.text, text), open.lines + 1)
                } else {
                    current = (false, text, 1)
                }
            }
            close()
        }
        for line in lines {
            if line.trimmedSpaces.isEmpty { flush() } else { group.append(line) }
        }
        flush()
        return (blocks, tables)
    }

    /// The text of a list item's first line, without its bullet.
    private static func bulletText(_ text: String) -> String? {
        guard let first = text.first, bullets.contains(first) else { return nil }
        let rest = text.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let item = rest.trimmedSpaces
        return item.isEmpty ? nil : item
    }

    /// "1. Introduction", "2.3 Aims", "Appendix A": short, numbered and without a closing full stop.
    private static func heading(_ text: String, maximumWords: Int) -> Block? {
        let words = text.split(separator: " ")
        guard let number = words.first, words.count >= 2, words.count <= maximumWords, !text.hasSuffix("."),
              !text.hasSuffix(","), !text.hasSuffix(";") else { return nil }
        let parts = number.split(separator: ".", omittingEmptySubsequences: true)
        guard !parts.isEmpty, parts.count <= 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) && $0.count <= 2 }),
              let firstLetter = words[1].first, firstLetter.isUppercase else { return nil }
        return .heading(level: min(6, 1 + parts.count), text: text)
    }

    private static func looksLikeTitle(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count <= 12 && !text.hasSuffix(".") && words.first?.first?.isUppercase == true
    }

    /// Two lines of one paragraph: a word split by a hyphen at the line's end is joined again.
    private static func joined(_ first: String, _ second: String) -> String {
        if first.hasSuffix("-"), first.dropLast().last?.isLetter == true, second.first?.isLowercase == true {
            return first.dropLast() + second
        }
        return first + " " + second
    }

    /// Lines of two or more columns set apart by runs of three or more spaces, each line with as
    /// many: a table, its first line the header. Each row becomes "Header: cell; Header: cell".
    private static func tableHeader(_ group: [String]) -> [String]? {
        guard group.count >= 2, let first = group.first.map(columns), first.count >= 2 else { return nil }
        return first
    }

    private static func tableRows(_ rows: [String], header: [String]) -> [String]? {
        let cells = rows.map(columns)
        guard !cells.isEmpty, cells.allSatisfy({ $0.count == header.count }) else { return nil }
        return cells.map { row in zip(header, row).map { "\($0): \($1)" }.joined(separator: "; ") }
    }

    private static func columns(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var spaces = 0
        for character in line.trimmedSpaces {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces >= 3, !current.isEmpty {
                cells.append(current)
                current = ""
            } else if spaces > 0 {
                current += String(repeating: " ", count: spaces)
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { cells.append(current) }
        return cells
    }

    private static func render(_ blocks: [Block]) -> String {
        var lines: [String] = []
        var previousWasItem = false
        var bullet = "-"
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                if !lines.isEmpty { lines.append("") }
                lines.append(String(repeating: "#", count: level) + " " + markdownSafe(text, atLineStart: false))
                previousWasItem = false
            case .paragraph(let text):
                if !lines.isEmpty { lines.append("") }
                lines.append(markdownSafe(text, atLineStart: true))
                previousWasItem = false
            case .item(let text):
                if !previousWasItem, !lines.isEmpty { lines.append("") }
                lines.append(bullet + " " + markdownSafe(text, atLineStart: false))
                previousWasItem = true
            case .listBreak:
                if previousWasItem { bullet = bullet == "-" ? "*" : "-" }
                previousWasItem = false
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text from a PDF is plain: characters that Markdown would read as markup get a backslash.
    static func markdownSafe(_ text: String, atLineStart: Bool) -> String {
        var out = ""
        for character in ConvertedMarkdownCleanup.plainQuotes(text) {
            if ["*", "_", "`", "<", "[", "]", "\\"].contains(character) { out.append("\\") }
            out.append(character)
        }
        guard atLineStart else { return out }
        // "2. The school…" or "- text" or "# text" at the start of a paragraph is not a list or heading.
        if let first = out.first, ["#", "-", "+", ">", "="].contains(first) { return "\\" + out }
        let digits = out.prefix(while: \.isNumber)
        if !digits.isEmpty, let after = out.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }
}

/// Words of text for comparing and reporting.
enum TextWords {
    /// Runs of white space as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
