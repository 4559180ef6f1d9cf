import Crypto
import HandbookOutput
#if canImport(Glibc)
import Glibc
#endif

/// What each content file's bytes hashed to, with the file's status when they did, so that a
/// build reads again only the files that changed since. Kept in the site's metadata.
///
/// A file's status is its device, inode, size, and modification and change times: any write
/// changes the change time, which no one can set by hand. A file is remembered only once its
/// times are a few seconds old, so that a write in the same tick of the clock as the build that
/// read it cannot go unseen.
struct FileDigests: Sendable {
    static let metadataName = "file-digests"

    typealias Status = FileStatus

    /// A file's SHA-256, held inline.
    struct Digest: Sendable, Equatable {
        fileprivate var words: SIMD4<UInt64>

        init(_ digest: SHA256Digest) {
            words = .zero
            digest.withUnsafeBytes { source in
                withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: source) }
            }
        }

        /// Read back from its 32 bytes; nil for any other count.
        init?(bytes: ArraySlice<UInt8>) {
            guard bytes.count == SHA256.byteCount else { return nil }
            words = .zero
            withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        }

        fileprivate init(words: SIMD4<UInt64>) {
            self.words = words
        }

        func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            try Swift.withUnsafeBytes(of: words, body)
        }
    }

    struct Entry: Sendable, Equatable {
        var status: Status
        var digest: Digest
    }

    private(set) var entries: [String: Entry] = [:]

    /// Files younger than this are read every time.
    static let settlingSeconds = 2

    init() {}

    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return time.tv_sec
    }

    func digest(of path: String, status: Status) -> Digest? {
        guard let entry = entries[path], entry.status == status else { return nil }
        return entry.digest
    }

    mutating func merge(_ other: [String: Entry]) {
        entries.merge(other) { _, new in new }
    }

    /// The files read for several fingerprints.
    init(merging results: [ContentTreeHash.Result]) {
        entries.reserveCapacity(results.reduce(0) { $0 + $1.digests.count })
        for result in results { merge(result.digests) }
    }

    /// Written beside the build cache, and swapped in with it.
    static func save(_ encoded: [UInt8], into sink: StagedDiskOutput) throws(WriteFailure) {
        do {
            try sink.writeMetadata(Self.metadataName, encoded)
        } catch {
            throw WriteFailure(error)
        }
    }

    /// In `CacheWriter`'s format: for each file its path, its status and its digest.
    func encoded() -> [UInt8] {
        var writer = CacheWriter(capacity: entries.count * 160)
        writer.write(entries) { writer, entry in
            writer.write(entry.key)
            entry.value.status.write(into: &writer)
            let words = entry.value.digest.words
            for index in 0..<4 { writer.write(Int(truncatingIfNeeded: words[index])) }
        }
        return writer.bytes
    }

    /// Read back from `encoded()`; anything that does not parse is dropped, as every file is then
    /// simply read again.
    init(decoding bytes: [UInt8]) {
        var reader = CacheReader(bytes)
        let read = try? reader.list { reader throws(CacheReader.Damaged) -> (String, Entry) in
            let path = try reader.string()
            let status = try Status(from: &reader)
            var words = SIMD4<UInt64>.zero
            for index in 0..<4 { words[index] = UInt64(truncatingIfNeeded: try reader.int()) }
            return (path, Entry(status: status, digest: Digest(words: words)))
        }
        guard let read, reader.atEnd else { return }
        entries = Dictionary(read, uniquingKeysWith: { _, last in last })
    }
}

extension FileStatus {
    /// Whether the file was last written more than `settlingSeconds` before `now`.
    func hasSettled(by now: Int) -> Bool {
        Int64(now) - max(modified, changed) > Int64(FileDigests.settlingSeconds)
    }
}
