import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite

/// A person to print a named sign-off sheet for, from the office's roster CSV.
public struct RosterEntry: Sendable, Hashable {
    public var name: String
    public var role: String
    public var line: Int
}

/// Reads a roster: a CSV file whose header names `name` and `role` columns (any order, any
/// other columns ignored). Quoted fields may hold commas, quotes (doubled) and line breaks.
public enum RosterParser {
    public static func parse(_ text: String, path: String) -> (entries: [RosterEntry], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let records: [(line: Int, fields: [String])]
        switch CSV.records(text) {
        case .success(let parsed): records = parsed
        case .failure(let problem):
            return ([], [.error(at: SourceLocation(file: path, line: problem.line), problem.message,
                                hint: "close the quoted field with a \" before the next comma or line end")])
        }
        guard let header = records.first else {
            return ([], [.error(at: SourceLocation(file: path, line: 1), "the roster is empty",
                                hint: "start it with a header line `name,role`, then one person per line")])
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let nameColumn = columns.firstIndex(of: "name"), let roleColumn = columns.firstIndex(of: "role") else {
            return ([], [.error(at: SourceLocation(file: path, line: header.line),
                                "the roster's first line must name the columns `name` and `role`",
                                hint: "make the first line `name,role` (other columns may follow and are ignored)")])
        }
        var entries: [RosterEntry] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let field = { (index: Int) in
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            let name = field(nameColumn), role = field(roleColumn)
            if name.isEmpty {
                diagnostics.append(.error(at: SourceLocation(file: path, line: record.line), "this row has no name",
                                          hint: "put the person's name in the `name` column, or delete the row"))
                continue
            }
            if record.fields.count <= max(nameColumn, roleColumn) || role.isEmpty {
                diagnostics.append(.error(at: SourceLocation(file: path, line: record.line), "\(name) has no role",
                                          hint: "put their role, such as `Teacher` or `Governor`, in the `role` column"))
                continue
            }
            if let first = seen[name.lowercased()] {
                diagnostics.append(.warning(at: SourceLocation(file: path, line: record.line),
                                            "\(name) is in the roster twice (first on line \(first)); they get two sheets",
                                            hint: "delete one row if it is the same person"))
            } else {
                seen[name.lowercased()] = record.line
            }
            entries.append(RosterEntry(name: name, role: role, line: record.line))
        }
        if entries.isEmpty, !diagnostics.hasErrors {
            diagnostics.append(.error(at: SourceLocation(file: path, line: header.line), "the roster lists nobody",
                                      hint: "add one line per person under the header, like `Jo Bloggs,Teacher`"))
        }
        return (entries, diagnostics)
    }
}

/// Minimal RFC 4180 reading and writing.
enum CSV {
    struct Problem: Error {
        var line: Int
        var message: String
    }

    static func records(_ text: String) -> Result<[(line: Int, fields: [String])], Problem> {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1, recordLine = 1, quoteLine = 1
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if inQuotes {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
            } else {
                switch character {
                case "\"" where field.isEmpty:
                    inQuotes = true
                    quoteLine = line
                case ",":
                    fields.append(field)
                    field = ""
                case "\n":
                    fields.append(field)
                    records.append((recordLine, fields))
                    fields = []
                    field = ""
                    line += 1
                    recordLine = line
                default:
                    field.append(character)
                }
            }
            index += 1
        }
        if inQuotes { return .failure(Problem(line: quoteLine, message: "a quoted field starts here but never ends")) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        return .success(records)
    }

    /// One CSV line. Cells that a spreadsheet would run as a formula are prefixed with `'`.
    static func line(_ cells: [String]) -> String {
        cells.map { cell -> String in
            var value = cell
            if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
            if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }.joined(separator: ",") + "\r\n"
    }
}

