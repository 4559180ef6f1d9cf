import Foundation
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// A control character cannot be carried by the feed (XML 1.0 has no way to write most of them,
/// not even escaped) and is an error in a web page: content holding one is refused where it is
/// written, whether typed into the file or written as a YAML escape such as `\x01`.
struct UnwritableCharacterTests {
    private let handbook = "content/handbook.yml"

    @Test(arguments: [#"\x01"#, #"\a"#, #"\u0000"#, #"\x1B"#, #"\u0085"#, #"\uFFFE"#])
    func aControlCharacterWrittenAsAYAMLEscapeIsAnErrorAtItsLine(_ escape: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "school: Harbour Lane Primary School",
                            with: "school: \"Harbour Lane\(escape) Primary School\"")
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message.hasPrefix("this text holds the invisible control character U+"))
        #expect(error.message.hasSuffix(", which no page, feed or form can show"))
        #expect(error.hint == "delete it: inside double quotes look for an escape such as `\\x01`, `\\a` or `\\u0001`; to start a new line, use `|` and write the lines below it")
        #expect(error.location == SourceLocation(file: fixture.url(handbook).path, line: 1, column: 9))
    }

    @Test func theCharacterIsNamedByItsCode() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "title: School policies", with: #"title: "School\x01 policies""#)
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.message) == ["this text holds the invisible control character U+0001, which no page, feed or form can show"])
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func tabsAndNewLinesWrittenAsEscapesAreText() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "title: School policies", with: #"title: "School\tpolicies\n""#)
        var diagnostics: [Diagnostic] = []
        let loaded = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(loaded?.config.title == "School\tpolicies")
    }

    @Test func aControlCharacterTypedIntoPolicyTextIsAnErrorAtItsLineAndColumn() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let policy = "content/policies/trips/policy.md"
        let line = try fixture.line(of: "Every visit", in: policy)
        try fixture.replace(in: policy, "Every visit", with: "Every\u{7} visit")
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.load(from: fixture.content, diagnostics: &diagnostics)
        #expect(diagnostics == [.error(at: SourceLocation(file: fixture.url(policy).path, line: line, column: 6),
                                       "this file holds the invisible control character U+0007 here, which no page, feed or form can show",
                                       hint: "delete it (many editors show it as a box or a question mark) and retype the text around it")])
    }

    @Test func unwritableCharactersAreControlsAndNoncharactersOnly() {
        let codes: [UInt32] = [0x0, 0x8, 0xB, 0xC, 0x1F, 0x7F, 0x80, 0x9F, 0xFDD0, 0xFFFE, 0xFFFF, 0x10FFFF]
        let unwritable = codes.compactMap(Unicode.Scalar.init)
        #expect(unwritable.count == codes.count)
        let writable: [Unicode.Scalar] = ["\t", "\n", "\r", " ", "<", "&", "é", "\u{A0}", "\u{2028}", "\u{FFFD}", "😀"]
        #expect(unwritable.allSatisfy(UnwritableCharacter.isUnwritable))
        #expect(!writable.contains(where: UnwritableCharacter.isUnwritable))
        #expect(UnwritableCharacter.first(in: "ab\ncd\u{1}e")?.line == 2)
        #expect(UnwritableCharacter.first(in: "ab\ncd\u{1}e")?.column == 3)
        #expect(UnwritableCharacter.first(in: "plain <text> & \"quotes\" ]]>") == nil)
    }
}
