import Foundation
import HandbookModel
import HandbookSite
import HandbookTestSupport
import Testing

/// Loading the templates: every page template and every partial a template names must exist.
struct TemplateSetTests {
    private func copyOfTheTemplates() throws -> (folder: URL, remove: () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: folder)
        return (folder, { try? FileManager.default.removeItem(at: folder) })
    }

    @Test func theShippedTemplatesLoad() throws {
        let set = try TemplateSet.load(from: Repository.templates).get()
        #expect(!set.fingerprint.isEmpty)
    }

    @Test func aPartialThatDoesNotExistIsAnErrorAtItsLine() throws {
        let (folder, remove) = try copyOfTheTemplates()
        defer { remove() }
        let file = folder.appendingPathComponent("policy.mustache")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("<p>{{> edition-metas}}</p>", at: 3)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        guard case .failure(let error) = TemplateSet.load(from: folder.path) else {
            Issue.record("a template naming a missing partial loaded")
            return
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(diagnostic.location == SourceLocation(file: folder.path + "/policy.mustache", line: 4, column: 4))
        #expect(diagnostic.message == "this template uses `edition-metas`, but there is no `edition-metas.mustache`")
        #expect(diagnostic.hint == "did you mean `edition-meta`?")
    }

    /// The column counts characters as an editor does, past accented letters and triple braces,
    /// and lines end where an editor ends them, Windows line endings included.
    @Test(arguments: ["\n", "\r\n"])
    func aMissingPartialIsPlacedByCharacters(lineEnding: String) throws {
        let (folder, remove) = try copyOfTheTemplates()
        defer { remove() }
        let file = folder.appendingPathComponent("policy.mustache")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("<p>é – {{{title}}} {{> no-such-part }}</p>", at: 3)
        try lines.joined(separator: lineEnding).write(to: file, atomically: true, encoding: .utf8)
        guard case .failure(let error) = TemplateSet.load(from: folder.path) else {
            Issue.record("a template naming a missing partial loaded")
            return
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: folder.path + "/policy.mustache", line: 4, column: 20))
        #expect(diagnostic.message == "this template uses `no-such-part`, but there is no `no-such-part.mustache`")
    }

    @Test func aMissingPartialTheSiteNeedsIsNamed() throws {
        let (folder, remove) = try copyOfTheTemplates()
        defer { remove() }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("rule-kind.mustache"))
        guard case .failure(let error) = TemplateSet.load(from: folder.path) else {
            Issue.record("templates without rule-kind loaded")
            return
        }
        let messages = error.diagnostics.map(\.message)
        #expect(messages.contains("the page template `rule-kind.mustache` is missing"))
        #expect(messages.contains("this template uses `rule-kind`, but there is no `rule-kind.mustache`"))
    }
}

/// Mustache the templates cannot use is named at its place, with what to write instead.
struct UnsupportedTemplateTests {
    @Test func aFunctionInATemplateIsAnErrorAtItsLineWithAHint() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pupils.mustache")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("<p>{{uppercase(title)}}</p>", at: 2)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        guard case .failure(let error) = TemplateSet.load(from: folder.path) else {
            Issue.record("a template calling a function loaded")
            return
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(diagnostic.location == SourceLocation(file: folder.path + "/pupils.mustache", line: 3, column: 15))
        #expect(diagnostic.message
            == "template syntax error: a tag calls a function (`{{name(value)}}`), which these templates do not support")
        #expect(diagnostic.hint == "write the value itself, like {{title}}; the page data gives it ready to show")
    }
}
