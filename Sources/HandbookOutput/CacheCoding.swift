/// The byte format of the build's own records in the output's metadata: numbers as eight
/// little-endian bytes, text as its UTF-8 length and bytes, a list as its count and items. JSON
/// through Codable cost more to read and write than a no-op build's every other step but the
/// fingerprints.
package struct CacheWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    package mutating func write(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 }
    }

    package mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    package mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes += utf8
        }
    }

    package mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    package mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    package mutating func write<Item>(_ items: some Collection<Item>, _ each: (inout CacheWriter, Item) -> Void) {
        write(items.count)
        for item in items { each(&self, item) }
    }
}

/// Reads what `CacheWriter` wrote; any byte out of place throws, and the record is then ignored.
package struct CacheReader {
    package struct Damaged: Error {
        package init() {}
    }

    private let bytes: [UInt8]
    private var index = 0

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    package var atEnd: Bool { index == bytes.count }

    package mutating func int() throws(Damaged) -> Int {
        guard bytes.count - index >= 8 else { throw Damaged() }
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[index..<(index + 8)]) }
        index += 8
        return Int(Int64(littleEndian: value))
    }

    package mutating func bool() throws(Damaged) -> Bool {
        guard index < bytes.count, bytes[index] <= 1 else { throw Damaged() }
        defer { index += 1 }
        return bytes[index] == 1
    }

    package mutating func string() throws(Damaged) -> String {
        let count = try self.int()
        guard count >= 0, bytes.count - index >= count else { throw Damaged() }
        defer { index += count }
        return String(decoding: bytes[index..<(index + count)], as: UTF8.self)
    }

    package mutating func optionalString() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }

    package mutating func optionalInt() throws(Damaged) -> Int? {
        try bool() ? try self.int() : nil
    }

    package mutating func list<Item>(_ each: (inout CacheReader) throws(Damaged) -> Item) throws(Damaged) -> [Item] {
        let count = try self.int()
        // Every item takes at least a byte: a count beyond what is left is damage, not a size.
        guard count >= 0, count <= bytes.count - index else { throw Damaged() }
        var items: [Item] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try each(&self)) }
        return items
    }
}
