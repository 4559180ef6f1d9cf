import HandbookModel

/// `languages:` in handbook.yml: the languages parents' pages are translated into.
enum LanguageListLoader {
    static let example = "languages:\n  - id: pl\n    name: Polski\n  - id: ur\n    name: اردو\n    direction: rtl"

    static func load(_ handbook: MappingReader, source: YAMLSource, diagnostics: inout [Diagnostic]) -> [Language] {
        guard let node = handbook.value("languages"), node.isNull == false else { return [] }
        guard let list = node.sequence else {
            diagnostics.append(.error(at: source.location(node.mark),
                                      "`languages` should be a list, but it is \(node.kindDescription)",
                                      hint: "write each language on its own line starting `- id:`, like:\n\(example)"))
            return []
        }
        var languages: [Language] = []
        for item in list {
            guard let language = language(item, source: source, diagnostics: &diagnostics) else { continue }
            if let first = languages.first(where: { $0.id.lowercased() == language.id.lowercased() }) {
                let line = first.location.line.map { " on line \($0)" } ?? ""
                diagnostics.append(.error(at: language.location, "the language `\(language.id)` is listed twice",
                                          hint: "remove this entry: it is already listed\(line)"))
                continue
            }
            languages.append(language)
        }
        return languages
    }

    private static func language(_ node: YAMLNode, source: YAMLSource, diagnostics: inout [Diagnostic]) -> Language? {
        let example = "  - id: ur\n    name: اردو\n    direction: rtl"
        guard let reader = MappingReader(node, source: source, owner: "a language",
                                         allowedKeys: ["id", "name", "direction"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let id = reader.text("id", example: "pl", diagnostics: &diagnostics)
        let name = reader.text("name", example: "Polski", diagnostics: &diagnostics)
        var direction = TextDirection.leftToRight
        if let written = reader.text("direction", required: false, example: "rtl", diagnostics: &diagnostics) {
            if let known = TextDirection(rawValue: written.value) {
                direction = known
            } else {
                diagnostics.append(.error(at: written.location, "`\(written.value)` is not a writing direction",
                                          hint: "write `direction: rtl` for a language written right to left, such as Urdu or Arabic, or leave it out for left to right"))
            }
        }
        guard let id, let name else { return nil }
        guard LanguageTag.isWellFormed(id.value) else {
            diagnostics.append(.error(at: id.location, "`\(id.value)` is not a language tag",
                                      hint: "write the language's BCP 47 tag, such as `pl` for Polish, `ur` for Urdu, `ar` for Arabic or `pt-BR` for Brazilian Portuguese"))
            return nil
        }
        if id.value.lowercased() == "en" || id.value.lowercased().hasPrefix("en-") {
            diagnostics.append(.error(at: id.location, "English is the handbook's own language, so it is not listed in `languages`",
                                      hint: "list only the other languages families read, such as `pl` or `ur`"))
            return nil
        }
        return Language(id: id.value, name: name.value, direction: direction, location: id.location)
    }
}
