import HandbookMarkdown
import HandbookModel

/// Splits policy.md into its YAML front matter and its Markdown body.
package struct FrontMatter {
    package let yaml: YAMLSource
    package let body: String
    package let bodyFirstLine: Int

    package static func split(_ text: String, path: String) throws(Diagnostic) -> FrontMatter {
        let example = "---\ntitle: Social Media Policy\nversion: \"1.0\"\n…\n---"
        // Walk line by line only as far as the closing `---`; the body is taken whole after it.
        var lineStart = text.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd].trimmingTrailingSpaces
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            if lineNumber == 1 {
                guard line == "---" else {
                    throw Diagnostic.error(at: SourceLocation(file: path, line: 1, column: 1),
                                           "policy.md must start with front matter: a line `---`, the edition's details, then `---`",
                                           hint: "start the file with:\n\(example)")
                }
                yamlStart = next
            } else if line == "---" || line == "...", let yamlStart {
                let yaml = String(text[yamlStart..<lineStart].dropLast(lineStart > yamlStart ? 1 : 0))
                return FrontMatter(yaml: YAMLSource(path: path, text: yaml, firstLine: 2),
                                   body: String(text[next...]), bodyFirstLine: lineNumber + 1)
            }
            lineStart = next
            lineNumber += 1
        }
        throw Diagnostic.error(at: SourceLocation(file: path, line: 1, column: 1),
                               text.isEmpty || yamlStart == nil
                                   ? "policy.md must start with front matter: a line `---`, the edition's details, then `---`"
                                   : "the front matter that starts on line 1 never ends",
                               hint: text.isEmpty || yamlStart == nil ? "start the file with:\n\(example)"
                                   : "add a line with just `---` after the last front matter field")
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line breaks; cheaper than Foundation's
    /// `trimmingCharacters(in:)`, which showed up when loading large handbooks.
    package var trimmedWhitespace: SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}

extension Substring {
    package var trimmingTrailingSpaces: Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
