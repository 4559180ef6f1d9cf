import HandbookModel

/// Reads policy.md's `pupil-description:` and `pupil-headings:`: words written for pupils, one
/// text for every band or one per band. Which bands there are is checked later, against handbook.yml.
enum PupilWordsLoader {
    static let descriptionExample = "pupil-description:\n  years-3-4: How we keep safe and kind online.\n  years-5-6: How we stay safe, kind and fair online."
    static let headingsExample = "pupil-headings:\n  terms-of-use: Being kind online\n  cyber-bullying:\n    years-3-4: If someone is mean online\n    years-5-6: Bullying online"

    static func description(_ frontMatter: MappingReader, diagnostics: inout [Diagnostic]) -> PupilText? {
        guard let node = frontMatter.value("pupil-description"), node.isNull == false else { return nil }
        return text(node, named: "`pupil-description`", source: frontMatter.source, example: descriptionExample,
                    diagnostics: &diagnostics)
    }

    static func headings(_ frontMatter: MappingReader, diagnostics: inout [Diagnostic]) -> [PupilHeading] {
        guard let node = frontMatter.value("pupil-headings"), node.isNull == false,
              let reader = MappingReader(node, source: frontMatter.source, owner: "`pupil-headings`",
                                         example: headingsExample, diagnostics: &diagnostics) else { return [] }
        return reader.pairs.compactMap { key, value in
            guard let id = key.string else { return nil }
            let section = Located(id, at: frontMatter.source.location(key.mark))
            guard let text = text(value, named: "the pupil heading for `\(id)`", source: frontMatter.source,
                                  example: headingsExample, diagnostics: &diagnostics) else { return nil }
            return PupilHeading(section: section, text: text)
        }
    }

    /// One text for every band, or a block of band id and text.
    static func text(_ node: YAMLNode, named name: String, source: YAMLSource, example: String,
                             diagnostics: inout [Diagnostic]) -> PupilText? {
        if let scalar = node.scalar {
            let trimmed = String(scalar.string.trimmedWhitespace)
            guard !trimmed.isEmpty else {
                diagnostics.append(.error(at: source.location(node.mark), "\(name) is empty",
                                          hint: "write the words pupils see, or remove it; like:\n\(example)"))
                return nil
            }
            return PupilText(everyBand: Located(trimmed, at: source.location(node.mark)))
        }
        guard let reader = MappingReader(node, source: source, owner: name, example: example,
                                         diagnostics: &diagnostics) else { return nil }
        var bands: [PupilText.BandText] = []
        for (key, value) in reader.pairs {
            guard let band = key.string else { continue }
            guard let scalar = value.scalar, !scalar.string.trimmedWhitespace.isEmpty else {
                diagnostics.append(.error(at: source.location(value.mark ?? key.mark),
                                          "\(name) for `\(band)` should be a piece of text, but it is \(value.kindDescription)",
                                          hint: "write one line of words for that band; like:\n\(example)"))
                continue
            }
            bands.append(PupilText.BandText(band: Located(band, at: source.location(key.mark)),
                                            text: Located(String(scalar.string.trimmedWhitespace), at: source.location(value.mark))))
        }
        return bands.isEmpty ? nil : PupilText(bands: bands)
    }
}
