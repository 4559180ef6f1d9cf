#if canImport(Glibc)
import Glibc
#endif

/// Finds bytes in bytes, for text compared exactly: the C library finds each candidate first
/// byte and compares the rest.
public enum ByteSearch {
    public static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard let hayStart = haystack.baseAddress, let pinStart = needle.baseAddress else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            guard let found = memchr(hayStart + start, Int32(first), last - start + 1) else { return false }
            let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - hayStart
            if memcmp(hayStart + at, pinStart, needle.count) == 0 { return true }
            start = at + 1
        }
        return false
    }

    /// Whether `text` can hold `phrase` at all, told from their bytes when both are ASCII (where
    /// characters are bytes); true whenever that cannot be told this way.
    public static func mayContain(_ phrase: String, in text: String) -> Bool {
        let told = text.utf8.withContiguousStorageIfAvailable { hay in
            phrase.utf8.withContiguousStorageIfAvailable { pin in
                pin.allSatisfy { $0 < 0x80 } && hay.allSatisfy { $0 < 0x80 } ? contains(pin, in: hay) : true
            }
        }
        return (told ?? nil) ?? true
    }
}
