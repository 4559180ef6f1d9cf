/// Text written between double quotes in a YAML file, so that any name reads back as written:
/// `:`, `#` and `'` mean nothing there, and only `\` and `"` need a backslash.
enum YAMLQuoting {
    @Sendable static func insideDoubleQuotes(_ text: String) -> String {
        var written = ""
        for character in text {
            switch character {
            case "\\": written += "\\\\"
            case "\"": written += "\\\""
            default: written.append(character)
            }
        }
        return written
    }
}
