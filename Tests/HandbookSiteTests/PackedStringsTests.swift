import HandbookSite
import Testing

struct PackedStringsTests {
    @Test func keepsEveryStringWhateverItsLengthOrBytes() throws {
        let values = ["", "top", String(repeating: "é", count: 200), "a\nb\u{1F}c", String(repeating: "x", count: 20_000)]
        var packed = PackedStrings()
        for value in values { packed.append(value.utf8) }
        #expect(packed.strings == values)
        #expect(packed.compacted() == packed)
        let read = try #require(PackedStrings(validating: packed.bytes[...]))
        #expect(read.strings == values)
    }

    @Test func refusesBytesThatEndInsideAString() {
        var packed = PackedStrings()
        packed.append("index.html".utf8)
        #expect(PackedStrings(validating: packed.bytes.dropLast()) == nil)
        #expect(PackedStrings(validating: [0x80][...]) == nil)
        #expect(PackedStrings(validating: [][...])?.strings == [])
    }
}
