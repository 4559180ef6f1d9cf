import Foundation
import GRDB
import HandbookModel

/// A row of the records read value by value, each checked: a NULL, a missing column or a value
/// of the wrong kind (from a hand edit, or a newer handbook's schema) becomes a problem naming
/// the row, never a crash and never a row quietly left out.
struct StoredRow {
    let table: String
    let row: Row
    private(set) var problems: [String] = []

    /// Rows are read with `SELECT rowid AS rowNumber, *` so each can be named.
    init(table: String, row: Row) {
        self.table = table
        self.row = row
    }

    var number: Int64? {
        guard row.hasColumn("rowNumber"), case .int64(let value) = (row["rowNumber"] as DatabaseValue).storage else { return nil }
        return value
    }

    /// `row 5 of table person`: the row's id, as an SQLite editor shows it.
    var name: String { "row \(number.map(String.init) ?? "?") of table \(table)" }

    mutating func text(_ column: String) -> String? {
        guard let value = value(column) else { return nil }
        switch value.storage {
        case .null:
            problems.append("`\(column)` is empty (NULL)")
            return nil
        case .string(let text): return text
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .blob(let data):
            if let text = String(validating: data, as: UTF8.self) { return text }
            problems.append("`\(column)` holds \(data.count) bytes that are not text")
            return nil
        }
    }

    /// A column that may be NULL, such as a person's band.
    mutating func optionalText(_ column: String) -> String? {
        guard let value = value(column), !value.isNull else { return nil }
        return text(column)
    }

    mutating func integer(_ column: String) -> Int64? {
        guard let value = value(column) else { return nil }
        switch value.storage {
        case .int64(let number): return number
        case .string(let text) where Int64(text) != nil: return Int64(text)
        case .null: problems.append("`\(column)` is empty (NULL)")
        default: problems.append("`\(column)` holds \(Self.shown(value)), not a whole number")
        }
        return nil
    }

    mutating func date(_ column: String) -> CalendarDate? {
        guard let value = value(column) else { return nil }
        if case .string(let text) = value.storage, let date = CalendarDate(text) { return date }
        if value.isNull {
            problems.append("`\(column)` is empty (NULL)")
        } else {
            problems.append("`\(column)` holds \(Self.shown(value)), which is not a date written YYYY-MM-DD")
        }
        return nil
    }

    private mutating func value(_ column: String) -> DatabaseValue? {
        guard row.hasColumn(column) else {
            problems.append("there is no `\(column)` column")
            return nil
        }
        return row[column]
    }

    private static func shown(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): "`\(PlainName.shown(text))`"
        case .blob(let data): "\(data.count) bytes"
        }
    }

    /// The problems of this row as one error in the store's file.
    func error(path: String, hint: String) -> RecordsError {
        RecordsError(path: path, "\(name): \(problems.joined(separator: "; "))", hint: hint)
    }
}

extension StoredRow {
    static let changedOutside = "the row was changed outside handbook, or by a newer handbook: put the value back with the program that changed it, or restore the records folder from your backup; nothing was changed"

    /// A person, or nil with `problems` saying why not.
    mutating func person() -> Person? {
        let id = integer("id"), name = text("name"), role = text("roleOrClass"), audience = text("audience")
        let band = optionalText("band"), lastSeen = date("lastSeen")
        guard problems.isEmpty, let id, let name, let role, let audience, let lastSeen else { return nil }
        return Person(id: id, name: name, roleOrClass: role, audience: audience, band: band, lastSeen: lastSeen)
    }

    /// A signature, or nil with `problems` saying why not.
    mutating func signature() -> Signature? {
        let person = integer("personId"), policy = text("policy"), edition = text("edition"), fingerprint = text("fingerprint")
        let signed = date("signed"), file = text("sourceFile"), line = integer("sourceLine")
        guard problems.isEmpty, let person, let policy, let edition, let fingerprint, let signed, let file, let line else { return nil }
        return Signature(personID: person, policy: policy, edition: edition, fingerprint: fingerprint, signed: signed,
                         sourceFile: file, sourceLine: Int(line))
    }

    /// What to do about an unreadable signature: importing its register again writes it afresh.
    func signatureHint() -> String {
        var copy = self
        guard let file = copy.text("sourceFile"), let line = copy.integer("sourceLine") else { return Self.changedOutside }
        return "import the register it came from again (\(PlainName.shown(file)), line \(line)) to write it afresh, or restore the records folder from your backup; nothing was changed"
    }
}
