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

    /// One state of a file, as `stat` tells it.
    struct Status: Sendable, Equatable {
        var fields: (Int64, Int64, Int64, Int64, Int64, Int64, Int64)

        init(_ info: stat) {
            fields = (Int64(info.st_dev), Int64(info.st_ino), Int64(info.st_size),
                      Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec),
                      Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec))
        }

        init(fields: (Int64, Int64, Int64, Int64, Int64, Int64, Int64)) {
            self.fields = fields
        }

        static func == (left: Status, right: Status) -> Bool {
            let (a, b) = (left.fields, right.fields)
            return a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3 && a.4 == b.4 && a.5 == b.5 && a.6 == b.6
        }

        /// Whether the file was last written more than `settlingSeconds` before `now`.
        func hasSettled(by now: Int) -> Bool {
            Int64(now) - max(fields.3, fields.5) > Int64(FileDigests.settlingSeconds)
        }
    }

    /// A file's SHA-256, held inline.
    struct Digest: Sendable, Equatable {
        private var words: (UInt64, UInt64, UInt64, UInt64)

        init(_ digest: SHA256Digest) {
            words = (0, 0, 0, 0)
            digest.withUnsafeBytes { source in
                withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: source) }
            }
        }

        /// Read back from its 32 bytes; nil for any other count.
        init?(bytes: ArraySlice<UInt8>) {
            guard bytes.count == SHA256.byteCount else { return nil }
            words = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        }

        static func == (left: Digest, right: Digest) -> Bool {
            left.words == right.words
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

    private static let statusBytes = 7 * MemoryLayout<Int64>.size

    /// One entry per file: its path ended by a zero byte, its status as seven little-endian
    /// numbers, then its digest.
    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            bytes += path.utf8
            bytes.append(0)
            let fields = entry.status.fields
            for field in [fields.0, fields.1, fields.2, fields.3, fields.4, fields.5, fields.6] {
                withUnsafeBytes(of: field.littleEndian) { bytes += $0 }
            }
            entry.digest.withUnsafeBytes { bytes += $0 }
        }
        return bytes
    }

    /// Read back from `encoded()`; anything that does not parse is dropped, as every file is then
    /// simply read again.
    init(decoding bytes: [UInt8]) {
        let entrySize = Self.statusBytes + SHA256.byteCount
        var index = 0
        while index < bytes.count {
            guard let end = bytes[index...].firstIndex(of: 0), end + 1 + entrySize <= bytes.count else {
                entries = [:]
                return
            }
            let path = String(decoding: bytes[index..<end], as: UTF8.self)
            var start = end + 1
            func field() -> Int64 {
                defer { start += 8 }
                var value: Int64 = 0
                withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[start..<(start + 8)]) }
                return Int64(littleEndian: value)
            }
            let status = Status(fields: (field(), field(), field(), field(), field(), field(), field()))
            guard let digest = Digest(bytes: bytes[start..<(start + SHA256.byteCount)]) else {
                entries = [:]
                return
            }
            entries[path] = Entry(status: status, digest: digest)
            index = start + SHA256.byteCount
        }
    }
}

