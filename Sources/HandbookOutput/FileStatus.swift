#if canImport(Glibc)
import Glibc
#endif

/// One state of a file or folder, as `stat` tells it: device, inode, size, and modification and
/// change times. Any write to a file, and anything added, removed or renamed in a folder, changes
/// its change time, which no one can set by hand.
public struct FileStatus: Sendable, Equatable {
    public var device: Int64
    public var inode: Int64
    public var size: Int64
    public var modified: Int64
    public var modifiedNanoseconds: Int64
    public var changed: Int64
    public var changedNanoseconds: Int64

    public init(_ info: stat) {
        self.init(device: Int64(info.st_dev), inode: Int64(info.st_ino), size: Int64(info.st_size),
                  modified: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec),
                  changed: Int64(info.st_ctim.tv_sec), changedNanoseconds: Int64(info.st_ctim.tv_nsec))
    }

    public init(device: Int64, inode: Int64, size: Int64, modified: Int64, modifiedNanoseconds: Int64, changed: Int64,
                changedNanoseconds: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changed = changed
        self.changedNanoseconds = changedNanoseconds
    }

    /// The fields in a fixed order, for writing down.
    public var fields: [Int64] { [device, inode, size, modified, modifiedNanoseconds, changed, changedNanoseconds] }

    /// Read back from `fields`; nil for any other count.
    public init?(fields: [Int64]) {
        guard fields.count == 7 else { return nil }
        self.init(device: fields[0], inode: fields[1], size: fields[2], modified: fields[3], modifiedNanoseconds: fields[4],
                  changed: fields[5], changedNanoseconds: fields[6])
    }
}
