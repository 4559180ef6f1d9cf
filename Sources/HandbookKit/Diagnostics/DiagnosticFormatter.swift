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
        diagnostics.map(text).joined(separator: "\n")
    }

    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// `{"diagnostics": [...], "readability": [...]}` with stable key order.
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
        let document = Document(diagnostics: diagnostics.map {
            Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                  severity: $0.severity.rawValue, message: $0.message, hint: $0.hint, code: $0.code)
        }, readability: readability)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{\"diagnostics\": [], \"readability\": []}" }
        return String(decoding: data, as: UTF8.self)
    }
}
