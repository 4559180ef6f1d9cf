import Foundation

/// RFC 4180 reading and writing, as Excel and LibreOffice save it: a UTF-8 byte-order mark,
/// CRLF line ends, and commas or (where the comma is the decimal mark) semicolons between cells.
public enum CSV {
    public struct Problem: Error, Sendable {
        public var line: Int
        public var message: String
    }

    public typealias Record = (line: Int, fields: [String])

    /// The separator of a file: a semicolon when the first line has more semicolons than commas
    /// outside quotes, else a comma.
    public static func separator(of text: Substring) -> Character {
        var commas = 0, semicolons = 0, inQuotes = false
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if character == "\n" || character == "\r" { break }
            if character == "," { commas += 1 }
            if character == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// Every record with the line it starts on. Quoted fields may hold separators, doubled quotes
    /// and line breaks.
    public static func records(_ text: String, separator given: Character? = nil) throws(Problem) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1, recordLine = 1, quoteLine = 1
        var plain = Substring(text)
        if plain.first == "\u{FEFF}" { plain = plain.dropFirst() }
        let separator = given ?? Self.separator(of: plain)
        var characters = plain.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let held = pending {
                pending = nil
                return held
            }
            return characters.next()
        }
        while let character = next() {
            // "\r\n" is one Character in Swift; a lone "\r" ends a line too.
            let isLineEnd = character == "\n" || character == "\r\n" || character == "\r"
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else {
                            inQuotes = false
                            pending = following
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if isLineEnd {
                        line += 1
                        field.append("\n")
                    } else {
                        field.append(character)
                    }
                }
                continue
            }
            if character == "\"" && field.isEmpty {
                inQuotes = true
                quoteLine = line
            } else if character == separator {
                fields.append(field)
                field = ""
            } else if isLineEnd {
                fields.append(field)
                records.append((recordLine, fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            } else {
                field.append(character)
            }
        }
        if inQuotes { throw Problem(line: quoteLine, message: "a quoted field starts here but never ends") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        return records
    }

    /// One CSV line ending in CRLF. Cells that a spreadsheet would run as a formula are prefixed with `'`.
    public static func line(_ cells: [String]) -> String {
        cells.map { cell -> String in
            let value = needsGuard(Substring(cell)) ? "'" + cell : cell
            if value.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }.joined(separator: ",") + "\r\n"
    }

    /// A cell a spreadsheet would run (starting `=`, `+`, `-`, `@`, a tab or a carriage return),
    /// or one that starts with `'` before such a cell, so `unguarded` can tell a guard from a
    /// cell that really starts with `'` and gives back exactly what was written.
    private static func needsGuard(_ cell: Substring) -> Bool {
        guard let first = cell.first(where: { $0 != "'" }) else { return false }
        return "=+-@\t\r".contains(first) || first == "\r\n"
    }

    /// A cell as written by `line`, without the `'` that kept a spreadsheet from running it.
    public static func unguarded(_ cell: String) -> String {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("'"), needsGuard(Substring(trimmed).dropFirst()) {
            return String(trimmed.dropFirst())
        }
        return trimmed
    }
}
