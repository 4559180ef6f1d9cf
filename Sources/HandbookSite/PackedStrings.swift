/// Strings kept in one byte buffer, each led by its length in UTF-8 bytes (seven bits a byte,
/// low bits first): the ids and links of a page then take one allocation instead of one each,
/// which is most of what a large site holds until its links are checked.
package struct PackedStrings: Sendable, Equatable {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// Bytes as `bytes` gave them; nil unless they hold whole strings and nothing else.
    package init?(validating bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let (length, start) = Self.length(in: bytes, at: index), length <= bytes.endIndex - start else { return nil }
            index = start + length
        }
        self.bytes = Array(bytes)
    }

    package mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    package mutating func append(_ value: some Collection<UInt8>) {
        var length = value.count
        repeat {
            let low = UInt8(length & 0x7F)
            length >>= 7
            bytes.append(length > 0 ? low | 0x80 : low)
        } while length > 0
        bytes += value
    }

    /// The same strings in a buffer no larger than they need, to be kept.
    package func compacted() -> PackedStrings {
        var copy = PackedStrings()
        copy.bytes = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        }
        return copy
    }

    package var strings: [String] {
        var result: [String] = []
        forEach { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    package func forEach(_ body: (ArraySlice<UInt8>) -> Void) {
        var index = 0
        while let (length, start) = Self.length(in: bytes[...], at: index), length <= bytes.count - start {
            body(bytes[start..<(start + length)])
            index = start + length
        }
    }

    /// Reads the strings of packed bytes one at a time, as slices of them, without copying.
    package struct Reader {
        private let bytes: ArraySlice<UInt8>
        private var index: Int

        package init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        package var isAtEnd: Bool { index == bytes.endIndex }

        /// The next string's bytes; nil at the end, or where what is left is not a whole string.
        package mutating func next() -> ArraySlice<UInt8>? {
            guard let (length, start) = PackedStrings.length(in: bytes, at: index), length <= bytes.endIndex - start
            else { return nil }
            index = start + length
            return bytes[start..<index]
        }
    }

    /// The length that starts at `index`, and where its string starts.
    fileprivate static func length(in bytes: ArraySlice<UInt8>, at index: Int) -> (Int, Int)? {
        var length = 0, shift = 0, index = index
        while index < bytes.endIndex, shift < 56 {
            let byte = bytes[index]
            length |= Int(byte & 0x7F) << shift
            index += 1
            if byte & 0x80 == 0 { return (length, index) }
            shift += 7
        }
        return nil
    }
}
