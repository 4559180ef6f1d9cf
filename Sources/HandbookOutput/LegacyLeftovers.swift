#if canImport(Glibc)
import Glibc
#endif

/// What builds before this target left beside the output: the build cache, the staging folder,
/// and, from a build killed between the two renames of its swap, the last good site under
/// `.NAME.previous` with no output at all. Cleared under the output's lock, so that only the
/// output is left beside it.
enum LegacyLeftovers {
    static func clear(_ location: OutputLocation) {
        let beside = location.parent + "/." + location.name
        let previous = beside + ".previous"
        if access(location.path, F_OK) != 0, errno == ENOENT, access(previous + "/" + SiteMarker.name, F_OK) == 0 {
            try? Disk.renameNoReplace(previous, location.path)
        }
        for leftover in [previous, beside + ".building", beside + ".handbook-cache.json"] {
            Disk.remove(leftover)
        }
    }
}
