import Foundation
import HandbookModel

/// The register of returns for one edition of one policy: a CSV the office opens in a
/// spreadsheet, types the date each signed sheet came back into, and imports.
///
/// Columns: `name`, `role` (or `class` for pupils), `audience` (`staff`, or `pupils/years-3-4`
/// for a band), `policy`, `version`, `fingerprint`, `signed`.
public enum Register {
    public struct Row: Sendable, Hashable {
        public var name: String
        public var roleOrClass: String
        /// `staff`, or `pupils/years-3-4` for a pupil in a band.
        public var audience: String
        public var policy: String
        public var version: String
        public var fingerprint: String
        public var signed: String
        public var line: Int

        public init(name: String, roleOrClass: String, audience: String, policy: String, version: String,
                    fingerprint: String, signed: String = "", line: Int = 0) {
            self.name = name
            self.roleOrClass = roleOrClass
            self.audience = audience
            self.policy = policy
            self.version = version
            self.fingerprint = fingerprint
            self.signed = signed
            self.line = line
        }

        /// The person this row is for, told apart as the records tell them: `pupils/years-3-4`
        /// read as the audience and its band.
        var key: PersonKey {
            let parts = audience.split(separator: "/", maxSplits: 1).map { String($0).trimmingWhitespace }
            return PersonKey(name: name, roleOrClass: roleOrClass, audience: parts.first ?? "", band: parts.count > 1 ? parts[1] : nil)
        }
    }

    /// A register as read: its rows, the header's line, and how it was written, so new names
    /// can be added in the same layout.
    public struct Parsed: Sendable {
        public var rows: [Row]
        public var columns: [String]
        public var separator: Character
        public var hasSignedDates: Bool { rows.contains { !$0.signed.trimmingWhitespace.isEmpty } }
    }

    public static let signedColumn = "signed"
    static let signedAliases = ["signed", "signed-date", "signed date", "date signed", "date"]

    /// `register-social-media-1.2.csv`: made only of letters, digits, `.`, `-` and `_`, so no
    /// policy id or version can name a file outside the forms folder.
    public static func fileName(policy: String, version: String) -> String {
        "register-\(safeName(policy))-\(safeName(version)).csv"
    }

    /// One path component that is never `..`, never hidden and never holds a `/`.
    public static func safeName(_ text: String) -> String {
        var name = String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") ? $0 : "-" })
        while name.contains("..") { name = name.replacingOccurrences(of: "..", with: "-") }
        while name.contains("--") { name = name.replacingOccurrences(of: "--", with: "-") }
        while let first = name.first, first == "." || first == "-" { name.removeFirst() }
        return name.isEmpty ? "unnamed" : name
    }

    /// The header for an audience: pupils have a class, everyone else a role.
    public static func columns(pupils: Bool) -> [String] {
        ["name", pupils ? "class" : "role", "audience", "policy", "version", "fingerprint", signedColumn]
    }

    /// A new register for these rows.
    public static func render(_ rows: [Row], pupils: Bool) -> String {
        let columns = columns(pupils: pupils)
        return CSV.line(columns) + rows.map { CSV.line(cells($0, columns: columns)) }.joined()
    }

    /// The register to write when `existing` is already in the folder: kept exactly as it is
    /// (dates may have been typed into it), with only the people not yet on it added at the end,
    /// in its own layout and separator. A register that cannot be read is left alone.
    public static func merge(_ rows: [Row], into existing: String, path: String, pupils: Bool)
        throws(RecordsErrors) -> (text: String, added: Int, kept: Bool) {
        let parsed: Parsed
        do {
            parsed = try parse(existing, path: path)
        } catch {
            throw RecordsErrors(error.errors.map { error in
                var error = error
                error.hint = (error.hint.map { $0 + "; " } ?? "") + "the register already in the folder was left as it is: correct it, or move it away to start a new one"
                return error
            })
        }
        let present = Set(parsed.rows.map(\.key))
        let new = rows.filter { !present.contains($0.key) }
        var text = existing
        if let last = text.utf8.last, last != 10 { text += "\r\n" }
        for row in new {
            let line = CSV.line(cells(row, columns: parsed.columns))
            text += parsed.separator == "," ? line : line.replacingSeparators(with: parsed.separator)
        }
        return (text, new.count, true)
    }

    static func cells(_ row: Row, columns: [String]) -> [String] {
        columns.map { column in
            switch canonical(column) {
            case "name": row.name
            case "role", "class": row.roleOrClass
            case "audience": row.audience
            case "policy": row.policy
            case "version": row.version
            case "fingerprint": row.fingerprint
            case signedColumn: row.signed
            default: ""
            }
        }
    }

    static func canonical(_ column: String) -> String {
        let name = column.trimmingWhitespace.lowercased()
        return signedAliases.contains(name) ? signedColumn : name
    }

    /// Reads a register as Excel or the tool wrote it. Every problem of layout is reported with its line.
    public static func parse(_ text: String, path: String) throws(RecordsErrors) -> Parsed {
        let records: [CSV.Record]
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let separator = CSV.separator(of: body)
        do {
            records = try CSV.records(text, separator: separator)
        } catch {
            throw RecordsErrors([RecordsError(path: path, line: error.line, error.message,
                                              hint: "close the quoted cell with a \" before the next separator or line end")])
        }
        guard let header = records.first else {
            throw RecordsErrors([RecordsError(path: path, line: 1, "the register is empty",
                                              hint: "use the register that `handbook forms` wrote, with its first line of column names")])
        }
        let columns = header.fields.map { CSV.unguarded($0) }
        let names = columns.map(canonical)
        let required = ["name", "audience", "policy", "version", "fingerprint", signedColumn]
        let missing = required.filter { !names.contains($0) }
        if !missing.isEmpty {
            throw RecordsErrors([RecordsError(
                path: path, line: header.line,
                "the register's first line has no \(missing.map { "`\($0)`" }.joined(separator: ", ")) column",
                hint: "the first line must name the columns \(Register.columns(pupils: false).joined(separator: ",")) (or class instead of role); use the register `handbook forms` wrote, and keep its first line")])
        }
        func index(_ name: String) -> Int? { names.firstIndex(of: name) }
        let role = index("role") ?? index("class")
        var rows: [Row] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            func cell(_ column: Int?) -> String {
                guard let column, column < record.fields.count else { return "" }
                return CSV.unguarded(record.fields[column])
            }
            rows.append(Row(name: cell(index("name")), roleOrClass: cell(role), audience: cell(index("audience")),
                            policy: cell(index("policy")), version: cell(index("version")),
                            fingerprint: cell(index("fingerprint")), signed: cell(index(signedColumn)), line: record.line))
        }
        return Parsed(rows: rows, columns: columns, separator: separator)
    }
}

extension String {
    /// A line CSV.line wrote with commas, rewritten for a semicolon-separated file.
    func replacingSeparators(with separator: Character) -> String {
        var result = "", inQuotes = false
        for character in self {
            if character == "\"" { inQuotes.toggle() }
            result.append(!inQuotes && character == "," ? separator : character)
        }
        return result
    }
}
