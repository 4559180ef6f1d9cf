/// Splits policy.md into its YAML front matter and its Markdown body.
struct FrontMatter {
    let yaml: YAMLSource
    let body: String
    let bodyFirstLine: Int

    static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let example = "---\ntitle: Social Media Policy\nversion: \"1.0\"\n…\n---"
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(.error(at: SourceLocation(file: path, line: 1, column: 1),
                                   "policy.md must start with front matter: a line `---`, the edition's details, then `---`",
                                   hint: "start the file with:\n\(example)"))
        }
        guard let end = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces
            return line == "---" || line == "..."
        }) else {
            return .failure(.error(at: SourceLocation(file: path, line: 1, column: 1),
                                   "the front matter that starts on line 1 never ends",
                                   hint: "add a line with just `---` after the last front matter field"))
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: YAMLSource(path: path, text: yaml, firstLine: 2),
                                    body: body, bodyFirstLine: end + 2))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
