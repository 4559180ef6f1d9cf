import Foundation
import HandbookMarkdown
import HandbookModel
import Yams

/// A YAML text from a content file, with the line its first line has in that file
/// (front matter in policy.md starts on line 2).
package struct YAMLSource {
    package let path: String
    package let text: String
    package let firstLine: Int

    package init(path: String, text: String, firstLine: Int = 1) {
        self.path = path
        self.text = text
        self.firstLine = firstLine
    }

    package func location(_ mark: YAMLMark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: firstLine) }
        return location(line: mark.line, column: mark.column)
    }

    /// A position given as the YAML text's own line and column.
    package func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line + firstLine - 1, column: column)
    }

    /// The document's root node, or a diagnostic that says where the YAML stops making sense.
    /// Composed with Yams's basic resolver: every scalar stays text, and `YAMLNode` below decides
    /// what is empty, a flag or a number. The default resolver runs regular expressions on every
    /// scalar, which dominated the time to load a large handbook.
    /// Anchors, aliases and deep nesting are refused first (see `YAMLShapeLimits`).
    package func compose() throws(Diagnostic) -> YAMLNode? {
        if let refusal = YAMLShapeLimits.depthEstimateRefusal(self) ?? YAMLShapeLimits.aliasRefusal(self) {
            throw refusal
        }
        let node: YAMLNode?
        if let read = BlockYAMLReader.compose(text) {
            if let refusal = YAMLShapeLimits.depthRefusal(in: read, source: self) { throw refusal }
            node = read
        } else {
            node = try composeWithYams()
        }
        guard let node, let found = node.firstUnwritableScalar() else { return node }
        throw Diagnostic.error(at: location(found.mark),
                               "this text holds the invisible control character \(UnwritableCharacter.code(found.character)), which no page, feed or form can show",
                               hint: "delete it: inside double quotes look for an escape such as `\\x01`, `\\a` or `\\u0001`; to start a new line, use `|` and write the lines below it")
    }

    /// Every YAML text, and the errors of those that are not valid.
    func composeWithYams() throws(Diagnostic) -> YAMLNode? {
        let parser: Yams.Parser
        let root: Yams.Node?
        do {
            // The encoding is given because Yams's default reads the whole environment on every call.
            parser = try Yams.Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw diagnostic(for: error)
        } catch {
            throw Diagnostic.error(at: location(nil), "could not read this YAML: \(error)")
        }
        guard let root else { return nil }
        if let refusal = YAMLShapeLimits.refusal(in: root, parser: parser, source: self) { throw refusal }
        return YAMLNode(root)
    }

    /// The root node, or nil after reporting why there is none: broken YAML, or nothing in it
    /// (`empty` names what is empty, with `hint` saying what belongs there).
    package func root(ifEmpty empty: String, at place: SourceLocation? = nil, hint: String,
              diagnostics: inout [Diagnostic]) -> YAMLNode? {
        let node: YAMLNode?
        do {
            node = try compose()
        } catch {
            diagnostics.append(error)
            return nil
        }
        guard let node, !node.isNull else {
            diagnostics.append(.error(at: place ?? location(nil), "\(empty) is empty", hint: hint))
            return nil
        }
        return node
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        let hint = "check the indentation and that every `key: value` pair has a space after the colon; "
            + "put text containing `: ` or starting with a quote mark inside double quotes"
        switch error {
        case let .composer(_, problem, mark, _) where problem == "found undefined alias":
            return YAMLShapeLimits.undefinedAliasRefusal(at: YAMLMark(line: mark.line, column: mark.column), source: self)
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if let words = YAMLProblemWords.tab(in: text, stoppedAt: mark.line, column: mark.column) ?? YAMLProblemWords.plain(problem) {
                let place = words.place.map { location(line: $0.line, column: $0.column) } ?? location(YAMLMark(mark))
                return .error(at: place, words.message, hint: words.hint)
            }
            var message = "this is not valid YAML: \(problem)"
            if let context { message += " (\(context.text) on line \(context.mark.line + firstLine - 1))" }
            return .error(at: location(YAMLMark(mark)), message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let place = secondOccurrence(ofKey: key, after: YAMLMark(line: context.mark.line, column: context.mark.column))
                ?? location(YAMLMark(context.mark))
            return .error(at: place,
                          "the key `\(key)` appears twice in the same block",
                          hint: "keep one `\(key)`; if both values matter, merge them into one")
        case let .reader(problem, _, _, _):
            return .error(at: location(nil), "this file cannot be read as text: \(problem)",
                          hint: "save the file as UTF-8 text")
        default:
            return .error(at: location(nil), "this is not valid YAML: \(error)", hint: hint)
        }
    }

    /// Yams reports the first of two duplicate keys; the second is the one to fix.
    private func secondOccurrence(ofKey key: String, after mark: YAMLMark) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        for index in mark.line..<lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " || $0 == "-" }.count
            guard indent == mark.column - 1 else { continue }
            let rest = line.dropFirst(indent)
            if rest.hasPrefix("\(key):") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return location(line: index + 1, column: indent + 1)
            }
        }
        return nil
    }
}

extension YAMLNode {
    /// The first key or value holding a character no page or feed can carry, such as one written
    /// as the escape `\x01` in double quotes, with where that text starts.
    func firstUnwritableScalar() -> (character: Unicode.Scalar, mark: YAMLMark?)? {
        switch self {
        case .scalar(let scalar):
            return UnwritableCharacter.first(in: scalar.string).map { ($0.scalar, scalar.mark) }
        case .mapping(let mapping):
            for pair in mapping.pairs {
                if let found = pair.key.firstUnwritableScalar() ?? pair.value.firstUnwritableScalar() { return found }
            }
            return nil
        case .sequence(let sequence):
            for node in sequence.nodes {
                if let found = node.firstUnwritableScalar() { return found }
            }
            return nil
        case .alias:
            return nil
        }
    }
}

extension YAMLNode {
    /// A short human description of what kind of YAML value this is.
    package var kindDescription: String {
        switch self {
        case .mapping: return "a block of `key: value` lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            if isNull { return "empty" }
            return "the single value `\(string ?? "")`"
        }
    }
}

extension YAMLNode {
    /// An empty value: nothing after the colon, `~` or `null`, unquoted.
    package var isNull: Bool {
        guard let scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// `true`/`false` (and the YAML 1.1 `yes`/`no`, `on`/`off`), unquoted.
    package var flag: Bool? {
        guard let scalar, scalar.style == .plain else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    package var number: Double? {
        guard let scalar, scalar.style == .plain else { return nil }
        return Double(scalar.string.replacingOccurrences(of: "_", with: ""))
    }
}
