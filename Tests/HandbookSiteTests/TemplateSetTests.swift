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
        let set = try TemplateSet.load(from: Repository.templates)
        #expect(set.library.names.contains("layout"))
    }

    @Test func aPartialThatDoesNotExistIsAnErrorAtItsLine() throws {
        let (folder, remove) = try copyOfTheTemplates()
        defer { remove() }
        let file = folder.appendingPathComponent("policy.mustache")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("<p>{{> edition-metas}}</p>", at: 3)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticsError.self, "a template naming a missing partial loaded") {
            try TemplateSet.load(from: folder.path)
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
        let error = try #require(throws: DiagnosticsError.self, "a template naming a missing partial loaded") {
            try TemplateSet.load(from: folder.path)
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: folder.path + "/policy.mustache", line: 4, column: 20))
        #expect(diagnostic.message == "this template uses `no-such-part`, but there is no `no-such-part.mustache`")
    }

    @Test func aMissingPartialOrPageTemplateIsNamed() throws {
        let (folder, remove) = try copyOfTheTemplates()
        defer { remove() }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("rule-kind.mustache"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("topics.mustache"))
        let error = try #require(throws: DiagnosticsError.self, "templates without rule-kind and topics loaded") {
            try TemplateSet.load(from: folder.path)
        }
        let messages = error.diagnostics.map(\.message)
        #expect(messages.contains("this template uses `rule-kind`, but there is no `rule-kind.mustache`"))
        #expect(messages.contains("the page template `topics.mustache` is missing"))
    }

    /// Each kind of page: the first field its template writes, misspelt, stops the load at its
    /// place with the real name as the hint, instead of printing nothing on every page.
    @Test(arguments: PageTemplates.all.map(\.name))
    func aMisspeltFieldIsAnErrorAtItsPlace(template: String) throws {
        let (folder, remove) = try copyOfTheTemplates()
        defer { remove() }
        let file = folder.appendingPathComponent("\(template).mustache")
        var text = try String(contentsOf: file, encoding: .utf8)
        if text.firstMatch(of: /\{\{([a-zA-Z]+)\}\}/) == nil {
            // A template of sections and partials only: the layout's `school` is written into it.
            let main = try #require(text.range(of: "{{$main}}\n"), "\(template) has no main block")
            text.insert(contentsOf: "<p>{{school}}</p>\n", at: main.upperBound)
        }
        let tag = try #require(text.firstMatch(of: /\{\{([a-zA-Z]+)\}\}/))
        let name = String(tag.output.1)
        let before = text[..<tag.range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex,
                                     to: before.endIndex) + 1
        try text.replacingCharacters(in: tag.range, with: "{{\(name)z}}").write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticsError.self, "\(template) with `\(name)z` loaded") {
            try TemplateSet.load(from: folder.path)
        }
        #expect(error.diagnostics.count == 1)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: folder.path + "/\(template).mustache", line: line, column: column))
        #expect(diagnostic.message
            == "`\(name)z` is not a field of any page this template is rendered for, so it would show nothing")
        #expect(diagnostic.hint == "did you mean `\(name)`?")
    }

    @Test func habitsFromOtherTemplateLanguagesAreNamedWithWhatMustacheWrites() throws {
        let (folder, remove) = try copyOfTheTemplates()
        defer { remove() }
        let file = folder.appendingPathComponent("breadcrumbs.mustache")
        let text = try String(contentsOf: file, encoding: .utf8)
        try ("{{this}}" + text).write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticsError.self, "a template writing {{this}} loaded") {
            try TemplateSet.load(from: folder.path)
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: folder.path + "/breadcrumbs.mustache", line: 1, column: 1))
        #expect(diagnostic.hint == "write {{.}} for the current value")
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
        let error = try #require(throws: DiagnosticsError.self, "a template calling a function loaded") {
            try TemplateSet.load(from: folder.path)
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(diagnostic.location == SourceLocation(file: folder.path + "/pupils.mustache", line: 3, column: 4))
        #expect(diagnostic.message
            == "template syntax error: a tag calls a function (`{{name(value)}}`), which these templates do not support")
        #expect(diagnostic.hint == "write the value itself, like {{title}}; the page data gives it ready to show")
    }
}
