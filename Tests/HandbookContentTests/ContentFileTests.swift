import Foundation
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// Reading a content file: the messages say what is really wrong, and where.
struct ContentFileTests {
    @Test func invalidUTF8IsReportedAtTheLineAndColumnOfTheBadByte() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var bytes = Array("line one\nline two\nthe café \u{2019}s\n".utf8)
        bytes.insert(0xFF, at: 24)  // inside line three, after "the "
        try Data(bytes).write(to: fixture.url("content/bad.yml"))
        let diagnostic = try #require(throws: Diagnostic.self, "invalid UTF-8 was read") {
            try ContentFile.read(fixture.url("content/bad.yml"), shownAs: "content/bad.yml")
        }
        #expect(diagnostic.location == SourceLocation(file: "content/bad.yml", line: 3, column: 7))
        #expect(diagnostic.message == "this file is not UTF-8 text: the character here cannot be read")
    }

    @Test func aFolderWhereAFileShouldBeSaysSo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.url("content/odd.yml"), withIntermediateDirectories: false)
        let diagnostic = try #require(throws: Diagnostic.self, "a folder was read as a file") {
            try ContentFile.read(fixture.url("content/odd.yml"), shownAs: "content/odd.yml")
        }
        #expect(diagnostic.message == "this is a folder, but a file was expected here")
        #expect(diagnostic.location == SourceLocation(file: "content/odd.yml"))
    }

    @Test func aMissingFileIsNotFound() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let diagnostic = try #require(throws: Diagnostic.self, "a missing file was read") {
            try ContentFile.read(fixture.url("content/none.yml"), shownAs: "content/none.yml")
        }
        #expect(diagnostic.message == "file not found")
        #expect(diagnostic.hint == "create content/none.yml, or pass the right folder with --content")
    }

    @Test(arguments: ["\r\n", "\r"])
    func otherLineEndingsAndAByteOrderMarkReadAsTheSameBytes(_ ending: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let text = "title: Trips\nrules:\n  - café\n"
        try fixture.write("content/unix.yml", text)
        try Data([0xEF, 0xBB, 0xBF]).write(to: fixture.url("content/windows.yml"))
        let handle = try FileHandle(forWritingTo: fixture.url("content/windows.yml"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "\n", with: ending).utf8))
        try handle.close()
        let unix = try ContentFile.read(fixture.url("content/unix.yml"), shownAs: "unix.yml")
        let windows = try ContentFile.read(fixture.url("content/windows.yml"), shownAs: "windows.yml")
        #expect(windows.data == unix.data)
        #expect(windows.text == text)
    }

    @Test func invalidUTF8InAFileWithOldMacLineEndingsIsReportedOnItsLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var bytes = Array("line one\rline two\rthe ".utf8)
        bytes.append(0xFF)
        try Data(bytes).write(to: fixture.url("content/bad.yml"))
        let diagnostic = try #require(throws: Diagnostic.self, "invalid UTF-8 was read") {
            try ContentFile.read(fixture.url("content/bad.yml"), shownAs: "content/bad.yml")
        }
        #expect(diagnostic.location == SourceLocation(file: "content/bad.yml", line: 3, column: 5))
    }
}
