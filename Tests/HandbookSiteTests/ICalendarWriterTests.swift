@testable import HandbookSite
import Testing

/// RFC 5545's content lines: TEXT escaping (§3.3.11) and folding at 75 octets (§3.1), never
/// inside a UTF-8 character.
struct ICalendarWriterTests {
    @Test func textEscapesBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendarWriter.escaped("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng")
        #expect(ICalendarWriter.escaped("tab\there, bell\u{07} gone") == "tab\there\\, bell gone")
    }

    @Test func longLinesFoldAtSeventyFiveOctetsBetweenCharacters() throws {
        var writer = ICalendarWriter()
        let value = String(repeating: "é", count: 100) + String(repeating: "x", count: 80)
        writer.text("SUMMARY", value)
        let bytes = writer.bytes
        #expect(Array(bytes.suffix(2)) == [13, 10])
        let lines = bytes.dropLast(2).split(separator: 10, omittingEmptySubsequences: false).map { Array($0) }
        for (index, line) in lines.enumerated() {
            let content = index == lines.count - 1 ? line : Array(line.dropLast())
            if index < lines.count - 1 { #expect(line.last == 13) }
            #expect(content.count <= 75, "line \(index) has \(content.count) octets")
            #expect(String(validatingUTF8: (content + [0]).map { CChar(bitPattern: $0) }) != nil, "line \(index) splits a character")
            if index > 0 { #expect(content.first == 32) }
        }
        let unfolded = lines.enumerated().map { index, line in
            let content = index == lines.count - 1 ? line : Array(line.dropLast())
            return index == 0 ? content : Array(content.dropFirst())
        }.joined()
        #expect(String(decoding: Array(unfolded), as: UTF8.self) == "SUMMARY:" + value)
    }
}
