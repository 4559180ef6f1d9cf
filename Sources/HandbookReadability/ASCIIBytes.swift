/// Classifying ASCII bytes, for the scans that read ASCII text on bytes rather than characters.
enum ASCIIBytes {
    /// True when every byte is ASCII and none is a carriage return: each byte is then one
    /// character (`\r\n` would be one character of two bytes).
    static func isOneCharacterEach(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }

    static func isLowercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// A letter or a digit: what a word is made of.
    static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}
