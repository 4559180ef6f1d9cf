import Synchronization

/// A site held in memory, for previewing without touching the disk, and for tests.
public final class MemoryOutput: OutputSink {
    private let written = Mutex<[String: [UInt8]]>([:])

    public init() {}

    public func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try SitePath.check(path)
        written.withLock { $0[path] = bytes }
    }

    public var files: Set<String> {
        written.withLock { Set($0.keys) }
    }

    /// Every file written, by path from the site root.
    public var snapshot: [String: [UInt8]] {
        written.withLock { $0 }
    }
}
