import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite

/// Turns diagnostics into the text a person reads or the JSON a tool reads.
public enum DiagnosticFormatter {
    /// `path:line:column: error: message` followed by an indented `hint:` line.
    public static func text(_ diagnostic: Diagnostic) -> String {
        var position = diagnostic.location.file
        if let line = diagnostic.location.line {
            position += ":\(line)"
            if let column = diagnostic.location.column { position += ":\(column)" }
        }
        var out = "\(position): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let hint = diagnostic.hint {
            for (index, line) in hint.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                out += index == 0 ? "\n    hint: \(line)" : "\n          \(line)"
            }
        }
        return out
    }

    public static func text(_ diagnostics: [Diagnostic]) -> String {
        String(decoding: textBytes(diagnostics), as: UTF8.self)
    }

    /// The same text as `text(_:)` for each, errors before warnings, one after another, as UTF-8: a large handbook
    /// prints thousands of findings on every build, and joining a string for each cost more
    /// than the build's link check.
    public static func textBytes(_ diagnostics: [Diagnostic]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(diagnostics.count * 200)
        for (index, diagnostic) in diagnostics.errorsFirst.enumerated() {
            if index > 0 { out.append(UInt8(ascii: "\n")) }
            append(diagnostic, to: &out)
        }
        return out
    }

    private static func append(_ diagnostic: Diagnostic, to out: inout [UInt8]) {
        func number(_ value: Int) { out += String(value).utf8 }
        out += diagnostic.location.file.utf8
        if let line = diagnostic.location.line {
            out.append(UInt8(ascii: ":"))
            number(line)
            if let column = diagnostic.location.column {
                out.append(UInt8(ascii: ":"))
                number(column)
            }
        }
        out += ": ".utf8
        out += diagnostic.severity.rawValue.utf8
        out += ": ".utf8
        out += diagnostic.message.utf8
        guard let hint = diagnostic.hint else { return }
        out += "\n    hint: ".utf8
        for (index, line) in hint.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "\n          ".utf8 }
            out += line
        }
    }

    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// `{"diagnostics": [...], "readability": [...]}` with stable key order, errors before warnings.
    public static func json(_ diagnostics: [Diagnostic], readability: [ReadabilityChecks.Measurement] = []) -> String {
        struct Entry: Encodable {
            var file: String
            var line: Int?
            var column: Int?
            var severity: String
            var message: String
            var hint: String?
            var code: String?
        }
        struct Document: Encodable {
            var diagnostics: [Entry]
            var readability: [ReadabilityChecks.Measurement]
        }
        let document = Document(diagnostics: diagnostics.errorsFirst.map {
            Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                  severity: $0.severity.rawValue, message: $0.message, hint: $0.hint, code: $0.code)
        }, readability: readability)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{\"diagnostics\": [], \"readability\": []}" }
        return String(decoding: data, as: UTF8.self)
    }
}
