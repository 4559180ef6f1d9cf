import Foundation
import HandbookModel

/// A partial (`{{> name}}`) or parent (`{{< name}}`) named inside a template, with where it is
/// written, so a reference to a template that does not exist is an error at its line.
struct TemplateReference {
    var name: String
    var location: SourceLocation

    /// Read as bytes, line by line: both marks are ASCII, and Foundation's search and splitting
    /// the text into lines of characters were most of the time it takes to load the templates.
    /// A tag does not run past the end of its line.
    static func all(in text: String, shownAs path: String) -> [TemplateReference] {
        var found: [TemplateReference] = []
        let bytes = text.utf8
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                index = bytes.index(after: index)
                line += 1
                lineStart = index
                continue
            }
            guard isPair(UInt8(ascii: "{"), at: index, in: bytes) else {
                index = bytes.index(after: index)
                continue
            }
            let afterOpen = bytes.index(index, offsetBy: 2)
            guard let close = pair(UInt8(ascii: "}"), in: bytes, from: afterOpen) else {
                // No end on this line: the rest of it holds no tag.
                index = bytes[afterOpen...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
                continue
            }
            let tag = text[afterOpen..<close]
            if let marker = tag.first, marker == ">" || marker == "<" {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                let column = text[lineStart..<index].count + 1
                found.append(TemplateReference(name: name, location: SourceLocation(file: path, line: line, column: column)))
            }
            index = bytes.index(close, offsetBy: 2)
        }
        return found
    }

    private static func isPair(_ byte: UInt8, at index: String.Index, in bytes: String.UTF8View) -> Bool {
        guard bytes[index] == byte else { return false }
        let next = bytes.index(after: index)
        return next < bytes.endIndex && bytes[next] == byte
    }

    /// Where `byte` first comes twice in a row from `start` on, before the line ends.
    private static func pair(_ byte: UInt8, in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        while index < bytes.endIndex, bytes[index] != UInt8(ascii: "\n") {
            if isPair(byte, at: index, in: bytes) { return index }
            index = bytes.index(after: index)
        }
        return nil
    }
}

/// A page asked for a template the set does not have.
package struct TemplateMissing: Error, Sendable {
    package var name: String
}
