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

    /// Written down in the records' byte format.
    package func write(into writer: inout CacheWriter) {
        // Field by field, not through an array: every content file's status is written each build.
        writer.write(Int(device))
        writer.write(Int(inode))
        writer.write(Int(size))
        writer.write(Int(modified))
        writer.write(Int(modifiedNanoseconds))
        writer.write(Int(changed))
        writer.write(Int(changedNanoseconds))
    }

    package init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(device: Int64(try reader.int()), inode: Int64(try reader.int()), size: Int64(try reader.int()),
                  modified: Int64(try reader.int()), modifiedNanoseconds: Int64(try reader.int()),
                  changed: Int64(try reader.int()), changedNanoseconds: Int64(try reader.int()))
    }
}
