/// Finds one run of bytes in others by Boyer–Moore–Horspool: every rule's quote is looked for in
/// every block of its policy, and a quote's first letter is met every few bytes of English, so
/// stopping at each one cost as much as the rest of the quote checks together. Horspool looks at
/// the byte under the needle's end and moves on by as much as that byte allows, which for a quote
/// of a few dozen letters is most of its length.
package struct ByteSearch: Sendable {
    private let needle: [UInt8]
    /// How far the needle may move when the byte under its last one is the index.
    private let shift: [Int]

    package init(_ needle: [UInt8]) {
        self.needle = needle
        var shift = [Int](repeating: needle.count, count: 256)
        for (offset, byte) in needle.dropLast().enumerated() {
            shift[Int(byte)] = needle.count - 1 - offset
        }
        self.shift = shift
    }

    /// Whether the needle occurs in `haystack`; an empty needle occurs everywhere.
    package func occurs(in haystack: [UInt8]) -> Bool {
        let length = needle.count
        guard length > 0 else { return true }
        guard length <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                shift.withUnsafeBufferPointer { shift in
                    let lastByte = pin[length - 1]
                    var start = 0
                    let lastStart = hay.count - length
                    while start <= lastStart {
                        let byte = hay[start + length - 1]
                        if byte == lastByte, Self.equal(hay, from: start, pin, count: length - 1) { return true }
                        start += shift[Int(byte)]
                    }
                    return false
                }
            }
        }
    }

    private static func equal(_ hay: UnsafeBufferPointer<UInt8>, from start: Int, _ pin: UnsafeBufferPointer<UInt8>,
                              count: Int) -> Bool {
        var index = 0
        while index < count {
            guard hay[start + index] == pin[index] else { return false }
            index += 1
        }
        return true
    }
}
