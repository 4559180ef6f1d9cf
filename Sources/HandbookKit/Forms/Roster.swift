import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookRecords
import HandbookSite

/// A person to print a named sheet for, from the office's roster CSV or class list.
public struct RosterEntry: Sendable, Hashable {
    public var name: String
    /// Their role, or a pupil's class.
    public var role: String
    public var line: Int
    /// For someone who still has to sign: the older edition they signed, or nil if they never signed.
    public var lastSigned: String? = nil
    /// From a `language` column: the id of the language the family reads, from handbook.yml;
    /// nil for English.
    public var language: String? = nil
}

/// Reads a roster: a CSV file whose header names `name` and `role` columns (`name` and `class`
/// for a class list; any order, any other columns ignored), separated by commas or semicolons.
/// Quoted fields may hold separators, quotes (doubled) and line breaks.
public enum RosterParser {
    /// A roster with an error in `diagnostics` gives no sheets; warnings leave its people listed.
    public static func parse(_ text: String, path: String, detail: String = "role", diagnostics: inout [Diagnostic]) -> [RosterEntry] {
        let example = detail == "class" ? "Sam Lee,3B" : "Jo Bloggs,Teacher"
        var problems: [Diagnostic] = []
        let records: [(line: Int, fields: [String])]
        do {
            records = try CSV.records(text)
        } catch {
            diagnostics.append(.error(at: SourceLocation(file: path, line: error.line), error.message,
                                      hint: "close the quoted field with a \" before the next comma or line end"))
            return []
        }
        guard let header = records.first else {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1), "the roster is empty",
                                      hint: "start it with a header line `name,\(detail)`, then one person per line"))
            return []
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let nameColumn = columns.firstIndex(of: "name"), let roleColumn = columns.firstIndex(of: detail) else {
            diagnostics.append(.error(at: SourceLocation(file: path, line: header.line),
                                      "the roster's first line must name the columns `name` and `\(detail)`",
                                      hint: "make the first line `name,\(detail)` (other columns may follow and are ignored)"))
            return []
        }
        let languageColumn = columns.firstIndex(of: "language")
        var entries: [RosterEntry] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let field = { (index: Int) in
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            let name = field(nameColumn), role = field(roleColumn)
            if name.isEmpty {
                problems.append(.error(at: SourceLocation(file: path, line: record.line), "this row has no name",
                                       hint: "put the person's name in the `name` column, or delete the row"))
                continue
            }
            if record.fields.count <= max(nameColumn, roleColumn) || role.isEmpty {
                problems.append(.error(at: SourceLocation(file: path, line: record.line), "\(PlainName.shown(name)) has no \(detail)",
                                          hint: detail == "class" ? "put their class, such as `3B`, in the `class` column"
                                                                  : "put their role, such as `Teacher` or `Governor`, in the `role` column"))
                continue
            }
            // Told apart as the records will tell them: two of one name in different classes are two people.
            let key = PersonKey.fold(name) + "|" + PersonKey.fold(role)
            if let first = seen[key] {
                problems.append(.warning(at: SourceLocation(file: path, line: record.line),
                                            "\(PlainName.shown(name)) (\(PlainName.shown(role))) is in the roster twice (first on line \(first)); they get two sheets, but the records cannot tell them apart",
                                            hint: "if they are two people, add what tells them apart to each name, such as a middle initial (`Amy J Smith`), before the register is filled in"))
            } else {
                seen[key] = record.line
            }
            var entry = RosterEntry(name: name, role: role, line: record.line)
            if let languageColumn, !field(languageColumn).isEmpty { entry.language = field(languageColumn) }
            entries.append(entry)
        }
        if entries.isEmpty, !problems.hasErrors {
            problems.append(.error(at: SourceLocation(file: path, line: header.line), "the roster lists nobody",
                                      hint: "add one line per person under the header, like `\(example)`"))
        }
        diagnostics += problems
        return entries
    }
}
