import Foundation
import HandbookModel

/// `content/translations/LANG.yml`: the words around the translated texts (headings, notes, the
/// signature line), written by the school in the family's language as `name: words` lines. A
/// language without the file, or a word it leaves out, shows the templates' English.
enum InterfaceWordsLoader {
    static func load(_ language: Language, content: String, root: URL, boundary: ContentBoundary,
                     diagnostics: inout [Diagnostic]) -> Language {
        let url = root.appendingPathComponent("translations", isDirectory: true)
            .appendingPathComponent("\(language.id).yml", isDirectory: false)
        guard FileManager.default.fileExists(atPath: url.path) else { return language }
        let shown = ContentPaths.join(content, "translations/\(language.id).yml")
        guard let file = ContentFile.read(url, shownAs: shown, within: boundary, diagnostics: &diagnostics) else { return language }
        let example = "full-text-counts: Wersja angielska jest wersją obowiązującą."
        let source = YAMLSource(path: shown, text: file.text)
        guard let node = source.root(ifEmpty: "this list of words", hint: "write one `name: words` line per word, like:\n\(example)",
                                     diagnostics: &diagnostics),
              let reader = MappingReader(node, source: source, owner: "the \(language.name) words", example: example,
                                         diagnostics: &diagnostics) else { return language }
        var words: [String: String] = [:]
        for pair in reader.pairs {
            guard let name = pair.key.string else { continue }
            guard let text = reader.text(name, required: false, example: "…", diagnostics: &diagnostics) else { continue }
            words[name] = text.value
        }
        var copy = language
        copy.words = words
        return copy
    }
}
