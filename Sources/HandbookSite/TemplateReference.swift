import Foundation
import HandbookModel

/// A partial (`{{> name}}`) or parent (`{{< name}}`) named inside a template, with where it is
/// written, so a reference to a template that does not exist is an error at its line.
struct TemplateReference {
    var name: String
    var location: SourceLocation

    static func all(in text: String, shownAs path: String) -> [TemplateReference] {
        var found: [TemplateReference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Looked for as bytes: both marks are ASCII, and Foundation's search was most of the
            // time it takes to load the templates.
            let bytes = line.utf8
            var cursor = bytes.startIndex
            while let open = pair(UInt8(ascii: "{"), in: bytes, from: cursor) {
                let afterOpen = bytes.index(open, offsetBy: 2)
                guard let close = pair(UInt8(ascii: "}"), in: bytes, from: afterOpen) else { break }
                let tag = line[afterOpen..<close]
                if let marker = tag.first, marker == ">" || marker == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    let column = line.distance(from: line.startIndex, to: open) + 1
                    found.append(TemplateReference(name: name,
                                                   location: SourceLocation(file: path, line: index + 1, column: column)))
                }
                cursor = bytes.index(close, offsetBy: 2)
            }
        }
        return found
    }

    /// Where `byte` first comes twice in a row from `start` on.
    private static func pair(_ byte: UInt8, in bytes: Substring.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            guard next < bytes.endIndex else { return nil }
            if bytes[index] == byte, bytes[next] == byte { return index }
            index = next
        }
        return nil
    }
}

/// A page asked for a template the set does not have.
package struct TemplateMissing: Error, Sendable {
    package var name: String
}
