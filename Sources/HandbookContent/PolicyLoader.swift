import Foundation
import HandbookMarkdown
import HandbookModel

/// Reads one policy folder: policy.md (front matter and text) and rules.yml.
package enum PolicyLoader {
    package static let frontMatterKeys = ["title", "version", "effective", "review-by", "owner", "approved-by",
                                          "approved-on", "minute", "material", "changes", "category", "related", "description", "statutory",
                                          "pupil-description", "pupil-headings", "keywords"]

    /// `fileHashes` are the two files' own hashes.
    package static func load(id: String, policyFile: ContentFile, rulesFile: ContentFile, fileHashes: FileHashes,
                     diagnostics: inout [Diagnostic]) -> Policy? {
        let rules = RulesLoader.load(rulesFile, diagnostics: &diagnostics)
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter.split(policyFile.text, path: policyFile.path)
        } catch {
            diagnostics.append(error)
            return nil
        }
        if let refusal = MarkdownNestingLimit.refusal(body: frontMatter.body, firstLine: frontMatter.bodyFirstLine,
                                                      path: policyFile.path) {
            diagnostics.append(refusal)
            return nil
        }
        guard let edition = editionInfo(frontMatter.yaml, diagnostics: &diagnostics) else { return nil }
        return Policy(id: id, edition: edition, body: frontMatter.body, bodyFirstLine: frontMatter.bodyFirstLine,
                      rules: rules, policyPath: policyFile.path, rulesPath: rulesFile.path,
                      fingerprint: Fingerprint(policy: policyFile.data, rules: rulesFile.data),
                      fileHashes: fileHashes)
    }

    package static func editionInfo(_ source: YAMLSource, diagnostics: inout [Diagnostic]) -> EditionInfo? {
        let example = "title: Social Media Policy\nversion: \"1.0\"\neffective: 2025-09-01\nreview-by: 2026-09-01\nowner: Headteacher\napproved-by: Full Governing Body"
        guard let root = source.root(ifEmpty: "the front matter", at: SourceLocation(file: source.path, line: 1, column: 1),
                                     hint: "between the `---` lines, write:\n\(example)", diagnostics: &diagnostics) else {
            return nil
        }
        guard let reader = MappingReader(root, source: source, owner: "the front matter", allowedKeys: frontMatterKeys, example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let title = reader.text("title", example: "Social Media Policy", diagnostics: &diagnostics)
        let version = reader.text("version", example: "\"1.0\"", diagnostics: &diagnostics)
        if let version, VersionNumber(version.value) == nil {
            diagnostics.append(.error(at: version.location, "`\(version.value)` is not a version number",
                                      hint: "write the version as \(VersionNumber.grammar), in quotes: `version: \"\(VersionSuggestion.repair(version.value))\"`"))
        }
        let effective = reader.date("effective", example: "2025-09-01", diagnostics: &diagnostics)
        let reviewBy = reader.date("review-by", example: "2026-09-01", diagnostics: &diagnostics)
        let owner = reader.text("owner", example: "Headteacher", diagnostics: &diagnostics)
        let approvedBy = reader.text("approved-by", example: "Full Governing Body", diagnostics: &diagnostics)
        let approvedOn = reader.date("approved-on", required: false, example: Approval.exampleDate, diagnostics: &diagnostics)
        let minute = reader.text("minute", required: false, example: Approval.exampleMinute, diagnostics: &diagnostics)
        let material = reader.bool("material", example: "true", diagnostics: &diagnostics)
        let changes = reader.text("changes", required: false, example: "What this edition changed.",
                                  diagnostics: &diagnostics)
        let category = reader.text("category", required: false, example: "safeguarding", diagnostics: &diagnostics)
        let related = reader.textList("related", example: "[anti-bullying, mobile-phones]", diagnostics: &diagnostics)
        let description = reader.text("description", required: false, example: "How the school keeps children safe online.",
                                      diagnostics: &diagnostics)
        let statutory = statutoryIDs(reader, diagnostics: &diagnostics)
        let pupilDescription = PupilWordsLoader.description(reader, diagnostics: &diagnostics)
        let pupilHeadings = PupilWordsLoader.headings(reader, diagnostics: &diagnostics)
        let keywords = keywordList(reader, diagnostics: &diagnostics)
        guard let title, let version, let effective, let reviewBy, let owner, let approvedBy else { return nil }
        return EditionInfo(title: title.value, version: version.value, effective: effective.value,
                           reviewBy: reviewBy.value, owner: owner.value, approvedBy: approvedBy.value,
                           material: material?.value ?? true, changes: changes?.value,
                           category: category, related: related ?? [], description: description?.value,
                           statutory: statutory,
                           location: reader.location, versionLocation: version.location,
                           reviewByLocation: reviewBy.location, approvedOn: approvedOn, minute: minute,
                           approvalLocation: reader.location(of: "approved-by"),
                           pupilDescription: pupilDescription, pupilHeadings: pupilHeadings, keywords: keywords)
    }

    /// `keywords:`, a list of words or short phrases; an empty one is a slip, reported where it is.
    private static func keywordList(_ reader: MappingReader, diagnostics: inout [Diagnostic]) -> [Located<String>] {
        let example = "[phones, photos, online safety]"
        let words = reader.textList("keywords", example: example, diagnostics: &diagnostics) ?? []
        for word in words where word.value.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(.error(at: word.location, "a keyword in `keywords:` is empty",
                                      hint: "write a word a reader might look the policy up by, or delete the empty item: `keywords: \(example)`"))
        }
        return words.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// `statutory:`, one requirement id or a list of them.
    private static func statutoryIDs(_ reader: MappingReader, diagnostics: inout [Diagnostic]) -> [Located<String>] {
        guard let node = reader.value("statutory"), node.isNull == false else { return [] }
        if node.sequence == nil {
            return reader.text("statutory", required: false, example: "behaviour", diagnostics: &diagnostics).map { [$0] } ?? []
        }
        return reader.textList("statutory", example: "[behaviour, exclusions]", diagnostics: &diagnostics) ?? []
    }
}
