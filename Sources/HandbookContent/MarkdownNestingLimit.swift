import HandbookModel

/// How deep lists and quotes may nest in policy.md. A policy needs three or four levels; a line
/// such as `- > - > - > …` a thousand levels deep is a mistake (or an attack), and finding each
/// list item's own words through every level below it made a build take many seconds.
package enum MarkdownNestingLimit {
    package static let maximumDepth = 100

    /// An error at the first line whose lists and quotes could open more than `maximumDepth`
    /// levels. Counted from the line's start without parsing: each `>` and list marker is one
    /// level and every two columns of indentation another, which is never less than the depth
    /// CommonMark gives the line.
    package static func refusal(body: String, firstLine: Int, path: String) -> Diagnostic? {
        var lineNumber = firstLine
        var halfLevels = 0
        var atLineStart = true
        // A `-`, `*`, `+` or number and `.` just read, which is a list marker if a space follows.
        var pendingMarker = false
        // The one space after a marker or `>` belongs to it, not to the indentation.
        var markerSpace = false
        var digits = 0
        for byte in body.utf8 {
            if byte == UInt8(ascii: "\n") {
                lineNumber += 1
                halfLevels = 0
                atLineStart = true
                pendingMarker = false
                markerSpace = false
                digits = 0
                continue
            }
            guard atLineStart else { continue }
            let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
            if pendingMarker {
                pendingMarker = false
                if isSpace {
                    halfLevels += 2
                    markerSpace = true
                    continue
                }
                atLineStart = false
                continue
            }
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            switch byte {
            case UInt8(ascii: " ") where markerSpace: markerSpace = false
            case UInt8(ascii: " "): halfLevels += 1
            case UInt8(ascii: "\t"): halfLevels += 4
            case UInt8(ascii: ">"):
                halfLevels += 2
                markerSpace = true
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): pendingMarker = digits == 0
            case UInt8(ascii: "."), UInt8(ascii: ")"): pendingMarker = digits > 0
            default: if !isDigit { atLineStart = false }
            }
            if !isSpace { markerSpace = byte == UInt8(ascii: ">") }
            digits = isDigit ? digits + 1 : 0
            if halfLevels > 2 * maximumDepth {
                return .error(at: SourceLocation(file: path, line: lineNumber),
                              "the lists and quotes on this line are nested more than \(maximumDepth) levels deep, more than a policy may have",
                              hint: "check the line: each `-`, number or `>` at its start opens one more level, and a policy needs only a few")
            }
        }
        return nil
    }
}
