import HandbookModel

/// A partial (`{{> name}}`) or parent (`{{< name}}`) named inside a template, with where it is
/// written, so a reference to a template that does not exist is an error at its line.
struct TemplateReference {
    var name: String
    var location: SourceLocation

    static func all(in text: String, shownAs path: String) -> [TemplateReference] {
        var found: [TemplateReference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                guard let close = after.range(of: "}}") else { break }
                let tag = after[..<close.lowerBound]
                if let marker = tag.first, marker == ">" || marker == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    found.append(TemplateReference(name: name,
                                                   location: SourceLocation(file: path, line: index + 1, column: column)))
                }
                rest = after[close.upperBound...]
            }
        }
        return found
    }
}

/// A page asked for a template the set does not have.
package struct TemplateMissing: Error, Sendable {
    package var name: String
}
