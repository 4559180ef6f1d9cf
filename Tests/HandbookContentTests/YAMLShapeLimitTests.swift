import Foundation
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// YAML that would make every command hang, or crash it, is refused where it is written.
struct YAMLShapeLimitTests {
    private let anchors = "YAML anchors and aliases (`&name`, `*name`) are not supported in handbook files"

    /// Nine levels of ten copies: a billion values from a kilobyte.
    private static let billionLaughs: String = {
        var text = "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let copies = Array(repeating: "*lol\(level - 1)", count: 10).joined(separator: ", ")
            text += "lol\(level): &lol\(level) [\(copies)]\n"
        }
        return text
    }()

    @Test func anAliasInRulesIsAnErrorAtTheAliasWithTheFix() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = "content/policies/trips/rules.yml"
        try fixture.replace(in: path, "applies-to: [families]", with: "applies-to: &everyone [families]")
        try fixture.write(path, try fixture.read(path) + "- id: alias-user\n  quote: \"x\"\n  applies-to: *everyone\n")
        let aliasLine = try fixture.line(of: "*everyone", in: path)
        let anchorLine = try fixture.line(of: "&everyone", in: path)
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first { $0.message == anchors })
        #expect(diagnostic.location == SourceLocation(file: fixture.content + "/policies/trips/rules.yml", line: aliasLine, column: 15))
        #expect(diagnostic.hint == "write the value out in full here instead of `*everyone`, and remove `&everyone` from line \(anchorLine)")
        #expect(diagnostics.hasErrors)
    }

    @Test func anAnchorInFrontMatterIsAnErrorOnItsLineOfPolicyMD() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = "content/policies/trips/policy.md"
        try fixture.replace(in: path, "owner: Educational Visits Coordinator", with: "owner: &who Educational Visits Coordinator")
        let line = try fixture.line(of: "&who", in: path)
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first { $0.message == anchors })
        #expect(diagnostic.location.file == fixture.content + "/policies/trips/policy.md")
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.hint == "remove `&who`, and write out in full any value it was meant to repeat")
    }

    @Test func anAliasWithoutItsAnchorGetsTheSameMessage() throws {
        let source = YAMLSource(path: "content/handbook.yml", text: "school: Harbour Lane\ntitle: *name\n")
        let diagnostic = try #require(throws: Diagnostic.self, "an alias with no anchor was read") {
            try source.compose()
        }
        #expect(diagnostic.message == anchors)
        #expect(diagnostic.location == SourceLocation(file: "content/handbook.yml", line: 2, column: 8))
    }

    @Test func billionLaughsInTheGlossaryIsRefusedAtTheFirstAlias() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/glossary.yml", Self.billionLaughs)
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first { $0.message == anchors })
        #expect(diagnostic.location == SourceLocation(file: fixture.content + "/glossary.yml", line: 2, column: 14))
        #expect(diagnostic.hint == "write the value out in full here instead of `*lol0`, and remove `&lol0` from line 1")
    }

    /// Yams compares keys whole, so this took longer than a minute before any check could run.
    @Test func anAliasUsedAsAKeyIsRefusedBeforeItIsCompared() throws {
        let text = Self.billionLaughs + "? *lol9\n: x\n? *lol8\n: y\n"
        let diagnostic = try #require(throws: Diagnostic.self, "aliases used as keys were read") {
            try YAMLSource(path: "content/glossary.yml", text: text).compose()
        }
        #expect(diagnostic.message == anchors)
        #expect(diagnostic.location == SourceLocation(file: "content/glossary.yml", line: 2, column: 14))
    }

    @Test func ampersandsAndAsterisksInTextAreNotAnchors() throws {
        let text = "title: Fish & chips *and* R&D\nnote: \"&x *x\"\nwhy: |\n  Five * four & more\n"
        let node = try #require(try YAMLSource(path: "content/glossary.yml", text: text).compose(), "text with & and * was refused")
        #expect(node.mapping?["title"]?.string == "Fish & chips *and* R&D")
    }

    @Test func anAnchorInAnEditionRecordIsRefused() throws {
        let source = YAMLSource(path: "v/1.0/edition.yml", text: "version: &v \"1.0\"\nreleased: 2025-07-14\nfingerprint: *v\n")
        let diagnostic = try #require(throws: Diagnostic.self, "an edition record with an alias was read") {
            try source.compose()
        }
        #expect(diagnostic.message == anchors)
        #expect(diagnostic.location == SourceLocation(file: "v/1.0/edition.yml", line: 3, column: 14))
    }

    @Test(arguments: [
        ("a list nested on one line", String(repeating: "- ", count: 30_000) + "deep\n", 1),
        ("brackets", "rules: " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000) + "\n", 1),
        ("indentation", (0..<150).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " end\n", 101),
    ])
    func nestingPastTheLimitIsRefusedWithTheLimitNamed(_ shape: String, _ text: String, _ line: Int) throws {
        let source = YAMLSource(path: "content/glossary.yml", text: text)
        let diagnostic = try #require(throws: Diagnostic.self, "\(shape) nested 30,000 deep was read") {
            try source.compose()
        }
        #expect(diagnostic.message == "the values here are nested more than 100 levels deep, more than a handbook file may have")
        #expect(diagnostic.location.file == "content/glossary.yml")
        #expect(diagnostic.location.line == line)
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let text = (0..<100).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " end\n"
        let node = try #require(try YAMLSource(path: "deep.yml", text: text).compose(), "a hundred levels were refused")
        #expect(node.mapping?["k0"] != nil)
    }

    @Test(arguments: [("rules.yml", 1_000_000, "1 MB"), ("policy.md", 20_000_000, "2 MB")])
    func aFilePastItsSizeLimitIsRefusedByName(_ name: String, _ added: Int, _ limit: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = "content/policies/trips/" + name
        try fixture.write(path, try fixture.read(path) + "#" + String(repeating: "x", count: added) + "\n")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: fixture.url(path).path)[.size] as? Int)
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: fixture.content + "/policies/trips/" + name))
        let shown = added > 2_000_000 ? "20 MB" : "\(size) bytes"
        #expect(diagnostic.message == "this file is \(shown), more than the \(limit) a handbook file may be, so it is not read")
        #expect(diagnostic.hint?.hasPrefix("check that this is the right file") == true)
    }
}
