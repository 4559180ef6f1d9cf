import Foundation
@testable import HandbookChecks
import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookTestSupport
import Testing

/// A small content folder as the checks see it. It must be read without any problem, so that
/// whatever a check then finds in it is the check's own.
struct LoadedContent {
    let folder: ContentLoader.Folder
    let config: HandbookConfig

    init(_ fixture: Fixture) throws {
        var diagnostics: [Diagnostic] = []
        let folder = ContentLoader.open(fixture.content, diagnostics: &diagnostics)
        guard diagnostics.isEmpty, let folder, let config = folder.config else { throw ReadingFailed(diagnostics) }
        self.folder = folder
        self.config = config
    }

    var handbook: HandbookSubject { HandbookSubject(config: config, glossary: folder.glossary, policies: folder.policyFolders) }

    func entry(_ id: String) throws -> PolicyEntry {
        var diagnostics: [Diagnostic] = []
        let entry = ContentLoader.loadPolicy(id, in: folder, diagnostics: &diagnostics)
        guard diagnostics.isEmpty, let entry else { throw ReadingFailed(diagnostics) }
        return entry
    }

    func policy(_ id: String) throws -> PolicySubject {
        PolicySubject(entry: try entry(id), config: config, glossary: folder.glossary)
    }

    /// The working copy's text, parsed as the build parses it.
    func edition(_ id: String) throws -> EditionSubject {
        edition(of: try entry(id).working)
    }

    func edition(of policy: Policy) -> EditionSubject {
        let document = MarkdownDocument(markdown: policy.body, firstLine: policy.bodyFirstLine)
        return EditionSubject(policy: policy, outline: document.outline, config: config,
                              knownPolicies: Set(folder.policyFolders))
    }

    func readability(_ id: String) throws -> ReadabilitySubject {
        ReadabilitySubject(policy: try entry(id).working, config: config, glossary: folder.glossary)
    }
}

struct ReadingFailed: Error, CustomStringConvertible {
    let diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    var description: String { "the content was not read cleanly: \(diagnostics.map(\.message))" }
}

extension Fixture {
    /// Where `text` first stands in the file at `path`, by line and column counted from 1, as a
    /// diagnostic about that text gives it.
    func location(of text: String, in path: String) throws -> HandbookModel.SourceLocation {
        let lines = try read(path).components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: text) {
                return HandbookModel.SourceLocation(file: url(path).path, line: index + 1,
                                      column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        throw FixtureError.notFound(text, path)
    }

    /// The file at `path`, as diagnostics name it.
    func file(_ path: String) -> String { url(path).path }
}

/// Expects exactly these findings; on a difference, prints both lists a field to a line.
func expect(_ found: [Diagnostic], _ expected: [Diagnostic],
            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    func describe(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            "\n  \(d.severity) [\(d.code ?? "no code")] \(d.location.file):\(d.location.line.map(String.init) ?? "-"):\(d.location.column.map(String.init) ?? "-")\n  \(d.message)\n  hint: \(d.hint ?? "none")"
        }.joined(separator: "\n")
    }
    #expect(found == expected, "\nfound:\(describe(found))\nexpected:\(describe(expected))", sourceLocation: sourceLocation)
}
