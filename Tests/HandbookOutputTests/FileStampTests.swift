#if canImport(Glibc)
import Glibc
#endif
@testable import HandbookOutput
import Testing

/// A file's stamp is written digit by digit; it must read as the stamps builds have recorded,
/// `inode size seconds.nanoseconds` in decimal, for any values the file system gives.
@Suite struct FileStampTests {
    @Test func readsAsItsFieldsInDecimal() {
        let inodes: [UInt] = [0, 7, 1_234_567, UInt.max]
        let sizes = [0, 1, 58_400_000, Int.max]
        let seconds = [Int.min, -1, 0, 9, 1_764_547_200, Int.max]
        let nanoseconds = [0, 5, 999_999_999]
        for inode in inodes {
            for size in sizes {
                for second in seconds {
                    for nanosecond in nanoseconds {
                        var info = stat()
                        info.st_ino = inode
                        info.st_size = size
                        info.st_mtim.tv_sec = second
                        info.st_mtim.tv_nsec = nanosecond
                        #expect(FileStamp.of(info) == "\(inode) \(size) \(second).\(nanosecond)")
                    }
                }
            }
        }
    }
}
