import Synchronization

/// A site held in memory, for tests and for previewing without touching the disk.
public final class MemoryOutput: OutputSink {
    private struct State {
        var bytes: [String: [UInt8]] = [:]
        var stamps: [String: String] = [:]
    }

    private let previous: [String: [UInt8]]
    private let state = Mutex(State())

    /// `previous` is the snapshot of an earlier build, whose files `reuse` may keep.
    public init(previous: [String: [UInt8]] = [:]) {
        self.previous = previous
    }

    public func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try SitePath.check(path)
        let stamp = Self.stamp(of: bytes)
        state.withLock { state in
            state.bytes[path] = bytes
            state.stamps[path] = stamp
        }
    }

    public func reuse(_ path: String, stamp: String?) -> Bool {
        guard (try? SitePath.check(path)) != nil, let stamp, let old = previous[path], Self.stamp(of: old) == stamp
        else { return false }
        state.withLock { state in
            state.bytes[path] = old
            state.stamps[path] = stamp
        }
        return true
    }

    public var files: [String: String] {
        state.withLock { $0.stamps }
    }

    /// Every file written or reused, by path from the site root.
    public var snapshot: [String: [UInt8]] {
        state.withLock { $0.bytes }
    }

    /// The stamp a file with these bytes has: their count and FNV-1a hash, as no inode stands
    /// for them.
    public static func stamp(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return "\(bytes.count) \(String(hash, radix: 16))"
    }
}
