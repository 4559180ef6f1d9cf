import Foundation
import HandbookMarkdown
import HandbookModel

/// Reads rules.yml: a list with one entry per rule.
package enum RulesLoader {
    package static let ruleKeys = ["id", "title", "quote", "applies-to", "kind", "acknowledge", "summary", "why",
                                    "readability-exception"]

    static let example = """
        - id: no-pupil-friends
          quote: "No staff member should have a pupil or former pupil under the age of 18"
          applies-to: [staff]
          kind: must-not
          acknowledge: [staff]
          summary:
            staff: Do not be friends online with a pupil, or a former pupil under 18.
        """

    package static func load(_ file: ContentFile, diagnostics: inout [Diagnostic]) -> [Rule] {
        let source = YAMLSource(path: file.path, text: file.text)
        let composed: YAMLNode?
        do {
            composed = try source.compose()
        } catch {
            diagnostics.append(error)
            return []
        }
        guard let root = composed, root.isNull == false else { return [] }
        guard let list = root.sequence else {
            diagnostics.append(.error(at: source.location(root.mark),
                                      "rules.yml should be a list of rules, each starting with `- id:`, but it is \(root.kindDescription)",
                                      hint: "write each rule like:\n\(example)"))
            return []
        }
        return list.enumerated().compactMap { index, node in
            rule(node, number: index + 1, source: source, diagnostics: &diagnostics)
        }
    }

    private static func rule(_ node: YAMLNode, number: Int, source: YAMLSource,
                             diagnostics: inout [Diagnostic]) -> Rule? {
        let idText = node.mapping?.first { $0.key.string == "id" }?.value.string
        let owner = idText.map { "rule `\($0)`" } ?? "rule \(number)"
        guard let reader = MappingReader(node, source: source, owner: owner, allowedKeys: ruleKeys, example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let id = reader.text("id", example: "no-pupil-friends", diagnostics: &diagnostics)
        let quote = reader.text("quote", example: "\"the exact words from policy.md\"", diagnostics: &diagnostics)
        let appliesTo = reader.textList("applies-to", example: "[staff, pupils]", diagnostics: &diagnostics)
        if appliesTo == nil, reader.value("applies-to") == nil {
            reader.missing("applies-to", example: "[staff]", diagnostics: &diagnostics)
        }
        let acknowledge = reader.textList("acknowledge", example: "[staff]", diagnostics: &diagnostics) ?? []
        let kind = ruleKind(reader, owner: owner, diagnostics: &diagnostics)
        let summaries = texts(reader, key: "summary", owner: owner, diagnostics: &diagnostics)
        let reasons = texts(reader, key: "why", owner: owner, diagnostics: &diagnostics)
        let exceptions = texts(reader, key: "readability-exception", owner: owner, diagnostics: &diagnostics).map {
            ReadabilityException(audience: $0.audience, band: $0.band, reason: $0.text, location: $0.location)
        }
        let title = reader.text("title", required: false, example: "No phones in class", diagnostics: &diagnostics)

        guard let id, let quote, let appliesTo, let kind else { return nil }
        return Rule(id: id, quote: quote, appliesTo: appliesTo, kind: kind, acknowledge: acknowledge,
                    summaries: summaries, location: reader.location,
                    summaryLocation: reader.value("summary") == nil ? reader.location : reader.location(of: "summary"),
                    reasons: reasons, title: title, readabilityExceptions: exceptions)
    }

    private static func ruleKind(_ reader: MappingReader, owner: String,
                                 diagnostics: inout [Diagnostic]) -> RuleKind? {
        let allowed = RuleKind.allCases.map(\.rawValue)
        guard let text = reader.text("kind", example: "must-not", diagnostics: &diagnostics) else { return nil }
        if let kind = RuleKind(rawValue: text.value) { return kind }
        var hint = "use one of " + allowed.map { "`\($0)`" }.joined(separator: ", ")
        if let guess = Suggestion.closest(to: kindSpelling(text.value), among: allowed)
            ?? Suggestion.closest(to: text.value, among: allowed) { hint = "did you mean `\(guess)`? " + hint }
        diagnostics.append(.error(at: text.location, "`\(text.value)` is not a kind of rule", hint: hint))
        return nil
    }

    /// A kind as the office might write it, in the spelling the kinds use: lower case, words
    /// joined by hyphens, and a closing "n't" or "nt" spelt out, so that `mustnt`, `mustn't`,
    /// `must not` and `MUST NOT` all read as `must-not` (by plain closeness `mustnt` is as near `must`).
    private static func kindSpelling(_ written: String) -> String {
        written.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
            .map { word in
                let plain = word.filter { $0 != "'" && $0 != "’" }
                return plain.count > 3 && plain.hasSuffix("nt") ? plain.dropLast(2) + "-not" : plain
            }
            .joined(separator: "-")
    }

    /// `summary:` (and `why:` and `readability-exception:`) maps an audience to its text, or, for
    /// an audience with bands, to one text per band.
    private static func texts(_ reader: MappingReader, key: String, owner: String,
                                  diagnostics: inout [Diagnostic]) -> [Summary] {
        guard let node = reader.value(key), node.isNull == false else { return [] }
        guard let byAudience = MappingReader(node, source: reader.source, owner: "the \(key) of \(owner)",
                                             example: "\(key):\n  staff: Do not be friends online with a pupil.\n  pupils:\n    years-3-4: Teachers will not be your friend online.",
                                             diagnostics: &diagnostics) else { return [] }
        var result: [Summary] = []
        for (audienceKey, value) in byAudience.pairs {
            let audience = audienceKey.string ?? ""
            if let byBand = value.mapping {
                for (bandKey, text) in byBand {
                    let band = bandKey.string ?? ""
                    if let summary = summaryText(text, key: key, audience: audience, band: band, owner: owner,
                                                 source: reader.source, diagnostics: &diagnostics) {
                        result.append(summary)
                    }
                }
            } else if let summary = summaryText(value, key: key, audience: audience, band: nil, owner: owner,
                                                source: reader.source, diagnostics: &diagnostics) {
                result.append(summary)
            }
        }
        return result
    }

    private static func summaryText(_ node: YAMLNode, key: String, audience: String, band: String?, owner: String,
                                    source: YAMLSource, diagnostics: inout [Diagnostic]) -> Summary? {
        let name = band.map { "`\(audience)` / `\($0)`" } ?? "`\(audience)`"
        guard let scalar = node.scalar, node.isNull == false,
              !scalar.string.trimmedWhitespace.isEmpty else {
            if key == "readability-exception" {
                diagnostics.append(.error(at: source.location(node.mark),
                                          "the \(name) readability exception of \(owner) gives no reason",
                                          hint: "write after the colon why the text cannot be made simpler, for example `\(band ?? audience): \"The law's own words must be used.\"`; or remove the line and make the text simpler"))
                return nil
            }
            diagnostics.append(.error(at: source.location(node.mark),
                                      "the \(name) \(key) of \(owner) should be a sentence of text, but it is \(node.kindDescription)",
                                      hint: "write the rule in plain words for that reader after the colon"))
            return nil
        }
        let text = TextNormalizer.collapseWhitespace(scalar.string)
        return Summary(audience: audience, band: band, text: text, location: source.location(node.mark))
    }
}

