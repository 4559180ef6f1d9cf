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
        let result = ContentFile.read(fixture.url("content/bad.yml"), shownAs: "content/bad.yml")
        guard case .failure(let diagnostic) = result else {
            Issue.record("invalid UTF-8 was read")
            return
        }
        #expect(diagnostic.location == SourceLocation(file: "content/bad.yml", line: 3, column: 7))
        #expect(diagnostic.message == "this file is not UTF-8 text: the character here cannot be read")
    }

    @Test func aFolderWhereAFileShouldBeSaysSo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.url("content/odd.yml"), withIntermediateDirectories: false)
        guard case .failure(let diagnostic) = ContentFile.read(fixture.url("content/odd.yml"), shownAs: "content/odd.yml") else {
            Issue.record("a folder was read as a file")
            return
        }
        #expect(diagnostic.message == "this is a folder, but a file was expected here")
        #expect(diagnostic.location == SourceLocation(file: "content/odd.yml"))
    }

    @Test func aMissingFileIsNotFound() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        guard case .failure(let diagnostic) = ContentFile.read(fixture.url("content/none.yml"), shownAs: "content/none.yml") else {
            Issue.record("a missing file was read")
            return
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
        guard case .success(let unix) = ContentFile.read(fixture.url("content/unix.yml"), shownAs: "unix.yml"),
              case .success(let windows) = ContentFile.read(fixture.url("content/windows.yml"), shownAs: "windows.yml") else {
            Issue.record("a file was not read")
            return
        }
        #expect(windows.data == unix.data)
        #expect(windows.text == text)
    }

    @Test func invalidUTF8InAFileWithOldMacLineEndingsIsReportedOnItsLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var bytes = Array("line one\rline two\rthe ".utf8)
        bytes.append(0xFF)
        try Data(bytes).write(to: fixture.url("content/bad.yml"))
        guard case .failure(let diagnostic) = ContentFile.read(fixture.url("content/bad.yml"), shownAs: "content/bad.yml") else {
            Issue.record("invalid UTF-8 was read")
            return
        }
        #expect(diagnostic.location == SourceLocation(file: "content/bad.yml", line: 3, column: 5))
    }
}
