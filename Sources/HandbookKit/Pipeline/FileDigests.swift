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

    struct Entry: Sendable, Equatable {
        var status: String
        var digest: [UInt8]
    }

    private(set) var entries: [String: Entry] = [:]

    /// Files younger than this are read every time.
    static let settlingSeconds = 2

    init() {}

    /// The status that identifies one state of a file, and whether it has settled by `now`.
    static func status(of info: stat, now: Int) -> (status: String, settled: Bool) {
        let status = "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) "
            + "\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
        let newest = max(info.st_mtim.tv_sec, info.st_ctim.tv_sec)
        return (status, now - newest > settlingSeconds)
    }

    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return time.tv_sec
    }

    func digest(of path: String, status: String) -> [UInt8]? {
        guard let entry = entries[path], entry.status == status else { return nil }
        return entry.digest
    }

    mutating func merge(_ other: [String: Entry]) {
        entries.merge(other) { _, new in new }
    }

    /// Written beside the build cache, and swapped in with it.
    func save(into sink: StagedDiskOutput) throws(WriteFailure) {
        do {
            try sink.writeMetadata(Self.metadataName, encoded())
        } catch {
            throw WriteFailure(error)
        }
    }

    /// One entry per file: path and status, each ended by a zero byte, then the digest.
    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            bytes += path.utf8
            bytes.append(0)
            bytes += entry.status.utf8
            bytes.append(0)
            bytes += entry.digest
        }
        return bytes
    }

    /// Read back from `encoded()`; anything that does not parse is dropped, as every file is then
    /// simply read again.
    init(decoding bytes: [UInt8]) {
        var index = 0
        func field() -> String? {
            guard let end = bytes[index...].firstIndex(of: 0) else { return nil }
            defer { index = end + 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
        while index < bytes.count {
            guard let path = field(), let status = field(), index + SHA256.byteCount <= bytes.count else {
                entries = [:]
                return
            }
            entries[path] = Entry(status: status, digest: Array(bytes[index..<(index + SHA256.byteCount)]))
            index += SHA256.byteCount
        }
    }
}
