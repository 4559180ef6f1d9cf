/// libyaml's reasons for refusing a file, in the words of someone who edits it, with the fix.
/// A reason not listed here is shown as libyaml gives it.
struct YAMLProblemWords {
    var message: String
    var hint: String
    /// Where to point instead of libyaml's mark, as the YAML text's own line and column.
    var place: (line: Int, column: Int)?

    /// The tab the problem is about: where libyaml stopped, in the indentation of that line, or
    /// else in the indentation of the last line above it (libyaml often stops a line after the
    /// tab). A tab inside a value is allowed and is not blamed.
    static func tab(in text: String, stoppedAt line: Int, column: Int) -> YAMLProblemWords? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        func indentTab(_ index: Int) -> Int? {
            let text = lines[index]
            return text.prefix { $0 == " " || $0 == "\t" }.firstIndex(of: "\t").map { text.distance(from: text.startIndex, to: $0) + 1 }
        }
        let atMark = lines[line - 1].dropFirst(max(column - 1, 0)).first == "\t" ? column : nil
        let found = (atMark ?? indentTab(line - 1)).map { (line, $0) }
            ?? (0..<(line - 1)).reversed().lazy.compactMap { index in indentTab(index).map { (index + 1, $0) } }.first
        guard let (tabLine, column) = found else { return nil }
        return YAMLProblemWords(
            message: "this line has a tab at column \(column), and YAML must be indented with spaces, not tabs",
            hint: "replace the tab at column \(column) with spaces, so the line starts in the same column as the lines it belongs with",
            place: (tabLine, column))
    }

    /// The plain words for libyaml's `problem`, when it is one an office is likely to meet.
    static func plain(_ problem: String) -> YAMLProblemWords? {
        switch problem {
        case "mapping values are not allowed in this context":
            return YAMLProblemWords(
                message: "YAML cannot start a new `key: value` here: either this line is indented further than the keys above it, or a value holds a colon followed by a space",
                hint: "line the key up with the keys above it, using spaces; if the colon belongs to the value, put the whole value inside double quotes, such as `title: \"Trips: what to bring\"`")
        case "could not find expected ':'":
            return YAMLProblemWords(
                message: "a line has no colon after its key, or a quoted value runs on past its line",
                hint: "write each line as `key: value`, with a colon and a space after the key, and close every quote on the line it opens")
        case "did not find expected key", "did not find expected '-' indicator":
            return YAMLProblemWords(
                message: "this line is not lined up with the lines around it",
                hint: "start the keys of one block in the same column, using spaces; a list item starts with `- ` in line with the others")
        case "found unexpected end of stream", "found unexpected end of stream while scanning a quoted scalar":
            return YAMLProblemWords(
                message: "a quote mark is opened and never closed",
                hint: "close the quote at the end of the value, or, if the value contains a quote mark, write it as `\\\"` inside double quotes")
        case "found character that cannot start any token":
            return YAMLProblemWords(
                message: "a value starts with a character that YAML keeps for itself, such as `@`, `` ` `` or `%`",
                hint: "put the whole value inside double quotes")
        default:
            return nil
        }
    }
}
