import Foundation
import HandbookMarkdown
import HandbookModel

/// Reads one YAML mapping field by field. Problems are collected as diagnostics rather than
/// thrown, so a single run reports everything that is wrong with a file.
package struct MappingReader {
    /// The block's entries in the order written.
    package let pairs: [(key: YAMLNode, value: YAMLNode)]
    private let mark: YAMLMark?
    /// Where each key is in `pairs`, so a field is found without walking (and copying) them all.
    private let positions: [String: Int]
    package let source: YAMLSource
    /// How the block is named in messages, e.g. "rule `no-pupil-friends`" or "the front matter".
    package let owner: String
    /// The keys this block may have; others are reported by `rejectUnknownKeys`.
    package let allowedKeys: [String]

    package init?(_ node: YAMLNode, source: YAMLSource, owner: String, allowedKeys: [String] = [],
                  example: @autoclosure () -> String, diagnostics: inout [Diagnostic]) {
        guard let mapping = node.mapping else {
            diagnostics.append(.error(at: source.location(node.mark),
                                      "\(owner) should be a block of `key: value` lines, but it is \(node.kindDescription)",
                                      hint: "write it like:\n\(example())"))
            return nil
        }
        pairs = mapping.map { ($0.key, $0.value) }
        mark = mapping.mark
        var positions: [String: Int] = [:]
        for (index, pair) in pairs.enumerated() {
            if let name = pair.key.string, positions[name] == nil { positions[name] = index }
        }
        self.positions = positions
        self.source = source
        self.owner = owner
        self.allowedKeys = allowedKeys
    }

    package var location: SourceLocation { source.location(mark) }

    package func location(of key: String) -> SourceLocation {
        positions[key].map { source.location(pairs[$0].key.mark) } ?? location
    }

    package func value(_ key: String) -> YAMLNode? {
        positions[key].map { pairs[$0].value }
    }

    /// Reports keys that are not in `allowed`, suggesting the nearest allowed one.
    package func rejectUnknownKeys(diagnostics: inout [Diagnostic]) {
        let allowed = allowedKeys
        for (key, _) in pairs {
            let name = key.string ?? ""
            guard !allowed.contains(name) else { continue }
            let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
            var hint = "the keys \(owner) can have are \(list)"
            if let guess = Suggestion.closest(to: name, among: allowed) {
                hint = "did you mean `\(guess)`? " + hint
            }
            diagnostics.append(.error(at: source.location(key.mark), "unknown key `\(name)` in \(owner)", hint: hint))
        }
    }

    /// True when an unknown key in this block looks like a misspelling of `key`; the
    /// "unknown key" message already says what to fix, so "missing" would only repeat it.
    package func isMisspelt(_ key: String, allowed: [String]) -> Bool {
        pairs.contains { pair in
            guard let name = pair.key.string, !allowed.contains(name) else { return false }
            return Suggestion.closest(to: name, among: allowed) == key
        }
    }

    package func missing(_ key: String, example: String, diagnostics: inout [Diagnostic]) {
        guard !isMisspelt(key, allowed: allowedKeys) else { return }
        diagnostics.append(.error(at: location, "\(owner) is missing `\(key)`",
                                  hint: "add a line like `\(key): \(example)`"))
    }

    private func wrongType(_ key: String, _ node: YAMLNode, expected: String, example: String,
                           diagnostics: inout [Diagnostic]) {
        diagnostics.append(.error(at: source.location(node.mark),
                                  "`\(key)` in \(owner) should be \(expected), but it is \(node.kindDescription)",
                                  hint: "write it like `\(key): \(example)`"))
    }

    /// A non-empty text value. Numbers and dates are accepted as written (`version: 1.1` reads as "1.1").
    package func text(_ key: String, required: Bool = true, example: String,
              diagnostics: inout [Diagnostic]) -> Located<String>? {
        guard let node = value(key), node.isNull == false else {
            if required { missing(key, example: example, diagnostics: &diagnostics) }
            return nil
        }
        guard let scalar = node.scalar else {
            wrongType(key, node, expected: "a piece of text", example: example, diagnostics: &diagnostics)
            return nil
        }
        let trimmed = String(scalar.string.trimmedWhitespace)
        guard !trimmed.isEmpty else {
            if required { missing(key, example: example, diagnostics: &diagnostics) }
            return nil
        }
        return Located(trimmed, at: source.location(node.mark))
    }

    package func bool(_ key: String, example: String, diagnostics: inout [Diagnostic]) -> Located<Bool>? {
        guard let node = value(key), node.isNull == false else { return nil }
        guard let flag = node.flag else {
            wrongType(key, node, expected: "`true` or `false`", example: example, diagnostics: &diagnostics)
            return nil
        }
        return Located(flag, at: source.location(node.mark))
    }

    package func number(_ key: String, in range: ClosedRange<Double>, example: String,
                diagnostics: inout [Diagnostic]) -> Located<Double>? {
        guard let node = value(key), node.isNull == false else { return nil }
        guard let number = node.number, number.isFinite, range.contains(number) else {
            if let number = node.number {
                diagnostics.append(.error(at: source.location(node.mark),
                                          "`\(key)` in \(owner) should be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)), but it is \(node.string ?? String(number))",
                                          hint: "write it like `\(key): \(example)`"))
                return nil
            }
            wrongType(key, node, expected: "a number", example: example, diagnostics: &diagnostics)
            return nil
        }
        return Located(number, at: source.location(node.mark))
    }

    /// A calendar date written `YYYY-MM-DD`.
    package func date(_ key: String, required: Bool = true, example: String,
                      diagnostics: inout [Diagnostic]) -> Located<CalendarDate>? {
        guard let text = text(key, required: required, example: example, diagnostics: &diagnostics) else { return nil }
        guard let date = CalendarDate(text.value) else {
            diagnostics.append(.error(at: text.location,
                                      "`\(key)` in \(owner) should be a date written year-month-day, but it is `\(text.value)`",
                                      hint: "write it like `\(key): \(example)`"))
            return nil
        }
        return Located(date, at: text.location)
    }

    /// A list of short values; `[]` and a missing key give an empty list.
    package func textList(_ key: String, example: String, diagnostics: inout [Diagnostic]) -> [Located<String>]? {
        guard let node = value(key), node.isNull == false else { return nil }
        guard let sequence = node.sequence else {
            wrongType(key, node, expected: "a list", example: example, diagnostics: &diagnostics)
            return nil
        }
        var items: [Located<String>] = []
        for item in sequence {
            guard let scalar = item.scalar, item.isNull == false else {
                wrongType(key, item, expected: "a list of single values", example: example, diagnostics: &diagnostics)
                continue
            }
            items.append(Located(scalar.string, at: source.location(item.mark)))
        }
        return items
    }
}

