import Foundation
import HandbookMarkdown
import HandbookModel

/// Reads the optional `glossary.yml`.
package enum GlossaryLoader {
    static let example = """
        - term: social media
          also: [social networking]
          definitions:
            parents: Websites and apps where people share posts, photos and messages.
            pupils: Apps and websites where people post and chat.
        """

    package static func load(_ file: ContentFile, diagnostics: inout [Diagnostic]) -> Glossary {
        let source = YAMLSource(path: file.path, text: file.text)
        let composed: YAMLNode?
        do {
            composed = try source.compose()
        } catch {
            diagnostics.append(error)
            return Glossary(path: file.path)
        }
        guard let root = composed, !root.isNull else { return Glossary(path: file.path) }
        guard let list = root.sequence else {
            diagnostics.append(.error(at: source.location(root.mark),
                                      "glossary.yml should be a list of terms, each starting with `- term:`",
                                      hint: "write each term like:\n\(example)"))
            return Glossary(path: file.path)
        }
        var entries: [GlossaryEntry] = []
        for node in list {
            let term = node.mapping?["term"]?.string
            guard let reader = MappingReader(node, source: source, owner: term.map { "the glossary term `\($0)`" } ?? "a glossary term",
                                             allowedKeys: ["term", "also", "definitions"], example: example,
                                             diagnostics: &diagnostics) else { continue }
            reader.rejectUnknownKeys(diagnostics: &diagnostics)
            guard let name = reader.text("term", example: "social media", diagnostics: &diagnostics) else { continue }
            let also = reader.textList("also", example: "[social networking]", diagnostics: &diagnostics) ?? []
            var definitions: [Summary] = []
            if let node = reader.value("definitions"), let byAudience = node.mapping {
                for (key, value) in byAudience {
                    let audience = key.string ?? ""
                    if let byBand = value.mapping {
                        for (band, text) in byBand where text.scalar != nil {
                            definitions.append(Summary(audience: audience, band: band.string, text: text.string ?? "",
                                                       location: source.location(text.mark)))
                        }
                    } else if let text = value.scalar?.string, !value.isNull {
                        definitions.append(Summary(audience: audience, text: text, location: source.location(value.mark)))
                    }
                }
            } else {
                reader.missing("definitions", example: "then one line per audience, like `parents: …`",
                               diagnostics: &diagnostics)
            }
            entries.append(GlossaryEntry(term: name.value, forms: [name.value] + also.map(\.value),
                                         definitions: definitions, location: name.location))
        }
        return Glossary(entries: entries, path: file.path)
    }
}
