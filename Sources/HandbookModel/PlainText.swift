import Foundation

/// The bytes of a text file as every reader sees them: Windows (CRLF) and old Mac (CR) line
/// endings become LF, and a UTF-8 byte order mark at the start is dropped. A folder checked out
/// on Windows then reads, fingerprints and builds exactly as the one it came from. Line numbers
/// do not move: each line ending stays one line ending.
public enum PlainText {
    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    public static func normalized(_ data: Data) -> Data {
        let hasBOM = data.starts(with: bom)
        guard hasBOM || data.withUnsafeBytes({ $0.contains(cr) }) else { return data }
        var plain: [UInt8] = []
        plain.reserveCapacity(data.count)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var afterCR = false
            // CR and LF never occur inside a multi-byte UTF-8 character, so bytes are safe to rewrite.
            for byte in raw.dropFirst(hasBOM ? bom.count : 0) {
                if byte == cr {
                    plain.append(lf)
                    afterCR = true
                } else {
                    if !(afterCR && byte == lf) { plain.append(byte) }
                    afterCR = false
                }
            }
        }
        return Data(plain)
    }

    /// The normalised bytes as a string, or nil when they are not UTF-8.
    public static func string(_ data: Data) -> String? {
        String(validating: normalized(data), as: UTF8.self)
    }
}
