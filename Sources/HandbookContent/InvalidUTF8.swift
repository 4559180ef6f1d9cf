/// Where the first byte that is not valid UTF-8 sits in a file, as a line and a column counted
/// in characters, so the office is pointed at the very character to fix.
enum InvalidUTF8 {
    static func position(in data: some Collection<UInt8>) -> (line: Int, column: Int) {
        let bytes = Array(data)
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { return (line, column) }
            if bytes[index] == 10 {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return (line, column)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is not valid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        let second = bytes[index + 1]
        if first == 0xE0 && second < 0xA0 { return 0 }  // overlong
        if first == 0xED && second > 0x9F { return 0 }  // surrogates
        if first == 0xF0 && second < 0x90 { return 0 }  // overlong
        if first == 0xF4 && second > 0x8F { return 0 }  // beyond U+10FFFF
        return length
    }
}
