import Foundation
import HandbookModel
import Testing

/// Line endings and a byte order mark never change what a file says.
struct PlainTextTests {
    private let unix = Data("title: Trips\nrules:\n  - café\n".utf8)

    @Test func windowsLineEndingsBecomeLineFeeds() {
        #expect(PlainText.normalized(Data("title: Trips\r\nrules:\r\n  - café\r\n".utf8)) == unix)
    }

    @Test func oldMacLineEndingsBecomeLineFeeds() {
        #expect(PlainText.normalized(Data("title: Trips\rrules:\r  - café\r".utf8)) == unix)
    }

    @Test func aByteOrderMarkAtTheStartIsDropped() {
        #expect(PlainText.normalized(Data([0xEF, 0xBB, 0xBF]) + Data("title: Trips\r\nrules:\n  - café\r".utf8)) == unix)
    }

    @Test func blankLinesStayBlankLines() {
        #expect(PlainText.normalized(Data("a\r\n\r\n\rb\n\r\n".utf8)) == Data("a\n\n\nb\n\n".utf8))
    }

    @Test func plainTextIsLeftAlone() {
        #expect(PlainText.normalized(unix) == unix)
        #expect(PlainText.string(unix) == "title: Trips\nrules:\n  - café\n")
    }
}
