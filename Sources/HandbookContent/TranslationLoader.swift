import Foundation
import HandbookModel

/// Reads `policies/ID/translations/LANG.yml`. Nothing here is part of an edition: releasing and
/// fingerprinting read policy.md and rules.yml alone.
package enum TranslationLoader {
    static let example = """
        translates: "1.2"
        title:
          text: Polityka mediów społecznościowych
          from: 3f2a9c1b
        rules:
          no-pupil-friends:
            parents:
              text: Pracownicy nie będą znajomymi Twojego dziecka w mediach społecznościowych.
              from: 8d41e0aa
        """

    /// What a translation may name: the policy's rule ids in any of its editions, its versions,
    /// and the pupils' bands.
    package struct Vocabulary {
        var ruleIDs: Set<String>
        var versions: [String]
        var bands: [String]
        /// Nil when handbook.yml could not be read, so no language can be judged unknown.
        var languages: [Language]?

        package init(working: Policy, releases: [ReleasedEdition], config: HandbookConfig?) {
            let editions = [working] + releases.map(\.policy)
            ruleIDs = Set(editions.flatMap { $0.rules.map(\.id.value) })
            versions = [working.edition.version] + releases.map(\.version.text)
            bands = config?.audiences.filter { $0.kind == .pupils }.flatMap { $0.bands.map(\.id) } ?? []
            languages = config?.languages
        }
    }

    /// Every translation file in `folder` (a policy's `translations/`); none when there is no such folder.
    package static func loadAll(folder: URL, shownAs shown: String, boundary: ContentBoundary,
                                vocabulary: Vocabulary, diagnostics: inout [Diagnostic]) -> [PolicyTranslation] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var translations: [PolicyTranslation] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = shown + "/" + name
            guard name.hasSuffix(".yml") else {
                diagnostics.append(.error(at: SourceLocation(file: path), "`\(name)` is not a translation file",
                                          hint: "a policy's translations/ folder holds one file per language, named like `pl.yml`; move this one elsewhere"))
                continue
            }
            let language = String(name.dropLast(".yml".count))
            if let known = vocabulary.languages, !known.contains(where: { $0.id == language }) {
                let ids = known.map { "`\($0.id)`" }.joined(separator: ", ")
                var hint = known.isEmpty
                    ? "list the language in handbook.yml first, like:\n\(LanguageListLoader.example)"
                    : "handbook.yml lists \(ids); name the file after one of them, or add `\(language)` to `languages:` in handbook.yml"
                if let guess = Suggestion.closest(to: language, among: known.map(\.id)) { hint = "did you mean `\(guess).yml`? " + hint }
                diagnostics.append(.error(at: SourceLocation(file: path), "`\(language)` is not a language handbook.yml offers",
                                          hint: hint))
                continue
            }
            if let file = ContentFile.read(folder.appendingPathComponent(name, isDirectory: false), shownAs: path, within: boundary,
                                           diagnostics: &diagnostics),
               let translation = load(file, language: language, vocabulary: vocabulary, diagnostics: &diagnostics) {
                translations.append(translation)
            }
        }
        return translations
    }

    package static func load(_ file: ContentFile, language: String, vocabulary: Vocabulary,
                             diagnostics: inout [Diagnostic]) -> PolicyTranslation? {
        let source = YAMLSource(path: file.path, text: file.text)
        guard let root = source.root(ifEmpty: "this translation", hint: "it needs at least:\n\(example)",
                                     diagnostics: &diagnostics),
              let reader = MappingReader(root, source: source, owner: "a translation",
                                         allowedKeys: ["translates", "title", "description", "rules"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let translates = reader.text("translates", example: "\"\(vocabulary.versions.last ?? "1.0")\"", diagnostics: &diagnostics)
        if let translates, !vocabulary.versions.contains(translates.value) {
            let list = vocabulary.versions.map { "`\($0)`" }.joined(separator: ", ")
            diagnostics.append(.error(at: translates.location, "this policy has no edition \(translates.value) to translate",
                                      hint: "write the version the translation was made from; the policy's editions are \(list)"))
        }
        let title = entry(reader, "title", owner: "`title`", diagnostics: &diagnostics)
        let description = entry(reader, "description", owner: "`description`", diagnostics: &diagnostics)
        var parents: [String: TranslatedText] = [:]
        var pupils: [String: [String: TranslatedText]] = [:]
        if let node = reader.value("rules"), node.isNull == false,
           let rules = MappingReader(node, source: source, owner: "`rules`", example: example, diagnostics: &diagnostics) {
            for pair in rules.pairs {
                let id = pair.key.string ?? ""
                guard vocabulary.ruleIDs.contains(id) else {
                    var hint = "use the id of a rule in this policy's rules.yml"
                    if let guess = Suggestion.closest(to: id, among: Array(vocabulary.ruleIDs)) { hint = "did you mean `\(guess)`? " + hint }
                    diagnostics.append(.error(at: source.location(pair.key.mark), "this policy has no rule `\(id)`", hint: hint))
                    continue
                }
                guard let rule = MappingReader(pair.value, source: source, owner: "rule `\(id)`",
                                               allowedKeys: ["parents", "pupils"], example: example,
                                               diagnostics: &diagnostics) else { continue }
                rule.rejectUnknownKeys(diagnostics: &diagnostics)
                parents[id] = entry(rule, "parents", owner: "the parents' summary of `\(id)`", diagnostics: &diagnostics)
                if let bandsNode = rule.value("pupils"), bandsNode.isNull == false,
                   let bands = MappingReader(bandsNode, source: source, owner: "the pupils' summaries of `\(id)`",
                                             allowedKeys: vocabulary.bands, example: example, diagnostics: &diagnostics) {
                    bands.rejectUnknownKeys(diagnostics: &diagnostics)
                    for band in vocabulary.bands {
                        if let text = entry(bands, band, owner: "the `\(band)` summary of `\(id)`", diagnostics: &diagnostics) {
                            pupils[id, default: [:]][band] = text
                        }
                    }
                }
            }
        }
        guard let translates else { return nil }
        return PolicyTranslation(language: language, path: file.path, translates: translates, title: title,
                                 description: description, parents: parents, pupils: pupils)
    }

    /// One `text:` and `from:` block; nil when absent or not yet translated (`text` empty).
    private static func entry(_ parent: MappingReader, _ key: String, owner: String,
                              diagnostics: inout [Diagnostic]) -> TranslatedText? {
        guard let node = parent.value(key), node.isNull == false else { return nil }
        let example = "\(key):\n  text: …\n  from: 3f2a9c1b"
        guard let reader = MappingReader(node, source: parent.source, owner: owner,
                                         allowedKeys: ["text", "from", "english"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        guard let text = reader.text("text", required: false, example: "…", diagnostics: &diagnostics) else { return nil }
        guard let from = reader.text("from", example: "3f2a9c1b", diagnostics: &diagnostics) else { return nil }
        let isFingerprint = from.value.count == EnglishFingerprint.length
            && from.value.allSatisfy { $0.isHexDigit && !$0.isUppercase }
        guard isFingerprint else {
            diagnostics.append(.error(at: from.location, "`\(from.value)` is not the fingerprint of an English text",
                                      hint: "`from:` is the eight letters and digits `handbook translations template` writes beside the English; copy it from there"))
            return nil
        }
        return TranslatedText(text: text.value, from: from.value, location: text.location)
    }
}
