#if canImport(Glibc)
import Glibc
#endif

/// Inode, size and modification time of a file: changes whenever a file is edited or replaced,
/// and costs one `stat` to read, so a build can trust a page it did not make only if its stamp
/// is the one recorded when it did.
public enum FileStamp {
    /// The stamp of a regular file; nil when there is none, or it is anything else.
    public static func of(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return of(info)
    }

    /// `inode size seconds.nanoseconds`, in decimal. Written digit by digit: every page written
    /// and every page of a site looked over gets one, and interpolation cost a string apiece.
    public static func of(_ info: stat) -> String {
        String(unsafeUninitializedCapacity: 4 * 21) { buffer in
            var count = 0
            func write(_ value: some BinaryInteger, then separator: UInt8?) {
                var magnitude = UInt64(truncatingIfNeeded: value.magnitude)
                if value < 0 { buffer[count] = UInt8(ascii: "-"); count += 1 }
                let start = count
                repeat {
                    buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                    count += 1
                } while magnitude > 0
                buffer[start..<count].reverse()
                if let separator { buffer[count] = separator; count += 1 }
            }
            write(info.st_ino, then: UInt8(ascii: " "))
            write(info.st_size, then: UInt8(ascii: " "))
            write(info.st_mtim.tv_sec, then: UInt8(ascii: "."))
            write(info.st_mtim.tv_nsec, then: nil)
            return count
        }
    }

    /// Every file of the site in a folder, by path relative to it; handbook's marker and
    /// metadata are not part of the site and are left out.
    public static func tree(_ folder: String) -> [String: String] {
        var stamps: [String: String] = [:]
        for file in FileTree.filesInParallel(under: folder, skipping: [SitePath.metadataFolder]) where !SitePath.isHandbookOwn(file.path) {
            stamps[file.path] = of(file.info)
        }
        return stamps
    }
}
