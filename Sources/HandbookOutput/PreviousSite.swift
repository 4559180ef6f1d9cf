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
        guard hasOwnMetadataFolder(site), let info = try? Disk.status(previous), info.st_mode & S_IFMT == S_IFDIR,
              rename(previous, staging) == 0
        else { return false }
        clearNested(staging)
        if let mode { chmod(staging, mode) }
        return true
    }

    /// Keeps `replaced`, the site a swap has just replaced, as the previous site of `site`;
    /// removes it when it cannot be kept.
    static func keep(_ replaced: String, in site: String) {
        guard (try? Disk.status(replaced)) != nil else { return }
        clearNested(replaced)
        mkdir(site + "/" + SitePath.metadataFolder, 0o755)
        if !hasOwnMetadataFolder(site) || rename(replaced, path(in: site)) != 0 {
            Disk.removeInParallel(replaced)
        }
    }

    /// Puts `staging`, taken from the previous site of `site` and left unfinished, back in its
    /// place; removes it when it cannot.
    static func putBack(_ staging: String, in site: String) {
        if !hasOwnMetadataFolder(site) || rename(staging, path(in: site)) != 0 {
            Disk.removeInParallel(staging)
        }
    }

    /// Removes the previous site that `tree` may still hold (it would be published), and whatever
    /// stands in place of its metadata folder if that is not a folder: a link there would lead
    /// the removal out of the site.
    private static func clearNested(_ tree: String) {
        if hasOwnMetadataFolder(tree) {
            Disk.removeInParallel(path(in: tree))
        } else {
            Disk.remove(tree + "/" + SitePath.metadataFolder)
        }
    }

    /// Whether the metadata folder of `site` is a folder of its own, not a link that would move
    /// folders to or from somewhere else.
    private static func hasOwnMetadataFolder(_ site: String) -> Bool {
        guard let info = try? Disk.status(site + "/" + SitePath.metadataFolder) else { return false }
        return info.st_mode & S_IFMT == S_IFDIR
    }

    /// Removes from `staging` every file and folder of `found` (what it held when the build
    /// began) that the build neither wrote nor kept: pages of policies that are gone, and
    /// anything put there by hand. Handbook's own files are left to `removeOldMetadata`.
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

    /// Removes the metadata an older build left in `staging` that this one did not write again,
    /// and anything else put in its metadata folder.
    static func removeOldMetadata(in staging: String, found: FileTree.Entries, keeping written: Set<String>) {
        for file in found.files where SitePath.isHandbookOwn(file) && file != SiteMarker.name && !written.contains(file) {
            unlink(staging + "/" + file)
        }
        for folder in found.folders.reversed() where folder.hasPrefix(SitePath.metadataFolder + "/") {
            Disk.remove(staging + "/" + folder)
        }
    }
}
