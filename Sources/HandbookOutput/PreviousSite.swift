#if canImport(Glibc)
import Glibc
#endif

/// The site a swap replaced, kept in the output's metadata folder so that the next build can
/// start from it rather than from an empty folder. Most of its files are hard links to the
/// published site's, so it costs little room, and a build that changed one policy writes that
/// policy's pages and a few shared ones instead of linking, then removing, a whole site.
///
/// Nothing in it is trusted. A page is kept only when it is the very file (inode, size and time)
/// the last build recorded; any other file, link or folder in it is replaced or removed before
/// the swap, so the site that is swapped in is the one a build into an empty folder would give.
enum PreviousSite {
    static let name = "previous"

    /// Where the previous site of `site` is kept.
    static func path(in site: String) -> String {
        site + "/" + SitePath.metadataFolder + "/" + name
    }

    /// Moves the previous site of `site` to `staging`, an empty folder, and leaves it with the
    /// permissions `mode`; false when there is none, or it could not be moved.
    static func take(from site: String, to staging: String, mode: mode_t?) -> Bool {
        let previous = path(in: site)
        guard let info = try? Disk.status(previous), info.st_mode & S_IFMT == S_IFDIR,
              rename(previous, staging) == 0
        else { return false }
        // A site kept while it still held its own previous one; it would be published.
        Disk.removeInParallel(path(in: staging))
        if let mode { chmod(staging, mode) }
        return true
    }

    /// Keeps `replaced`, the site a swap has just replaced, as the previous site of `site`;
    /// removes it when it cannot be kept.
    static func keep(_ replaced: String, in site: String) {
        guard (try? Disk.status(replaced)) != nil else { return }
        Disk.removeInParallel(path(in: replaced))
        mkdir(site + "/" + SitePath.metadataFolder, 0o755)
        if rename(replaced, path(in: site)) != 0 {
            Disk.removeInParallel(replaced)
        }
    }

    /// Puts `staging`, taken from the previous site of `site` and left unfinished, back in its
    /// place; removes it when it cannot.
    static func putBack(_ staging: String, in site: String) {
        if rename(staging, path(in: site)) != 0 {
            Disk.removeInParallel(staging)
        }
    }

    /// Removes from `staging` every file and folder of `found` (what it held when the build
    /// began) that the build neither wrote nor kept: pages of policies that are gone, and
    /// anything put there by hand.
    static func removeLeftovers(in staging: String, found: FileTree.Entries, keeping kept: Set<String>) {
        for file in found.files where !kept.contains(file) && !SitePath.isHandbookOwn(file) {
            unlink(staging + "/" + file)
        }
        var needed: Set<Substring> = []
        for file in kept {
            var path = Substring(file)
            while let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
                path = path[..<slash]
                guard needed.insert(path).inserted else { break }
            }
        }
        // Deepest first, so that a folder is empty by the time it is removed. A page the build
        // wrote where the previous site had a folder has already taken its place.
        for folder in found.folders.reversed()
        where !needed.contains(Substring(folder)) && !kept.contains(folder) && !SitePath.isHandbookOwn(folder) {
            Disk.remove(staging + "/" + folder)
        }
    }
}
