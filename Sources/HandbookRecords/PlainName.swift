/// Names and roles as the records keep and show them: one line of visible text. A register cell
/// can hold a line break (a quoted cell), a tab, an escape sequence that recolours or clears a
/// terminal, or a right-to-left override that makes a name read backwards; none of them is part
/// of a name.
public enum PlainName {
    /// The text with every line break and tab made a space and every other control or direction
    /// character removed, then its spaces made single. `changed` is true when there was any such
    /// character; text without one comes back as it was.
    public static func clean(_ text: String) -> (text: String, changed: Bool) {
        var result = ""
        var changed = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                result.unicodeScalars.append(" ")
                changed = true
            } else if isHidden(scalar) {
                changed = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        guard changed else { return (text, false) }
        return (result.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "), true)
    }

    /// The text safe to print to a terminal or a CSV cell: any control or direction character
    /// shown as its code, like `\u{1B}`, so nothing stored before names were cleaned can act on
    /// the screen, and the office can see what is there.
    public static func shown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" || isHidden(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 controls, DEL, and the invisible characters that reorder or hide text around them
    /// (joiners, which some scripts spell with, are kept).
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
