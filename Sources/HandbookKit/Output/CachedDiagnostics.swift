import HandbookModel

/// Findings kept in the build cache as one string each list: a large handbook's cache holds
/// tens of thousands of warnings, and encoding each as a JSON object was most of the time spent
/// writing and reading the cache. Each field is written as its UTF-8 length, `:`, and its text
/// (`-` for an absent one), so any text survives; a string not of this form reads as nil and
/// the cache is then ignored.
@propertyWrapper
struct CachedDiagnostics: Codable, Sendable {
    var wrappedValue: [Diagnostic]

    init(wrappedValue: [Diagnostic]) {
        self.wrappedValue = wrappedValue
    }

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let diagnostics = Self.unpack(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "damaged findings"))
        }
        wrappedValue = diagnostics
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.pack(wrappedValue))
    }

    static func pack(_ diagnostics: [Diagnostic]) -> String {
        var bytes: [UInt8] = []
        for diagnostic in diagnostics {
            field(diagnostic.severity.rawValue, into: &bytes)
            field(diagnostic.location.file, into: &bytes)
            field(diagnostic.location.line.map(String.init), into: &bytes)
            field(diagnostic.location.column.map(String.init), into: &bytes)
            field(diagnostic.message, into: &bytes)
            field(diagnostic.hint, into: &bytes)
            field(diagnostic.code, into: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func unpack(_ text: String) -> [Diagnostic]? {
        var text = text
        return text.withUTF8 { bytes -> [Diagnostic]? in
            var reader = Reader(bytes: bytes)
            var diagnostics: [Diagnostic] = []
            while !reader.atEnd {
                guard let severityName = reader.field() ?? nil, let severity = Diagnostic.Severity(rawValue: severityName),
                      let file = reader.field() ?? nil, let line = reader.field(), let column = reader.field(),
                      let message = reader.field() ?? nil, let hint = reader.field(), let code = reader.field()
                else { return nil }
                let lineNumber = line.flatMap { Int($0) }, columnNumber = column.flatMap { Int($0) }
                guard (line == nil) == (lineNumber == nil), (column == nil) == (columnNumber == nil) else { return nil }
                diagnostics.append(Diagnostic(severity, at: SourceLocation(file: file, line: lineNumber, column: columnNumber),
                                              message, hint: hint, code: code))
            }
            return diagnostics
        }
    }

    private static func field(_ value: String?, into bytes: inout [UInt8]) {
        guard let value else {
            bytes.append(UInt8(ascii: "-"))
            return
        }
        bytes += String(value.utf8.count).utf8
        bytes.append(UInt8(ascii: ":"))
        bytes += value.utf8
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position >= bytes.count }

        /// The next field: `.some(nil)` for an absent one, nil when the bytes are not a field.
        mutating func field() -> String?? {
            guard position < bytes.count else { return nil }
            if bytes[position] == UInt8(ascii: "-") {
                position += 1
                return .some(nil)
            }
            var length = 0
            var digits = 0
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]), digits < 12 {
                length = length * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
                digits += 1
            }
            guard digits > 0, position < bytes.count, bytes[position] == UInt8(ascii: ":"),
                  length <= bytes.count - position - 1 else { return nil }
            position += 1
            defer { position += length }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self))
        }
    }
}
