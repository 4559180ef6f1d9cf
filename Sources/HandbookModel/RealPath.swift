import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one answer to "where does this path lead?", for every check that keeps reads inside the
/// content folder and writes out of the published site: the path made absolute with every
/// symbolic link followed, whether or not the whole path exists yet.
public enum RealPath {
    /// The real path of the deepest existing part, then the rest of the names, which cannot be
    /// links as they do not exist. A link whose target does not exist yet is followed too:
    /// writing through it would make the target.
    public static func of(_ path: String) -> String {
        resolve(path, links: 0)
    }

    /// The folder the command runs in; relative paths start here.
    public static var workingFolder: String { FileManager.default.currentDirectoryPath }

    private static func resolve(_ path: String, links: Int) -> String {
        let absolute = path.hasPrefix("/") ? path : workingFolder + "/" + path
        var parts = absolute.split(separator: "/").map(String.init)
        var rest: [String] = []
        var base = "/"
        while !parts.isEmpty {
            let prefix = "/" + parts.joined(separator: "/")
            if let real = realpath(prefix, nil) {
                base = String(cString: real)
                free(real)
                break
            }
            // As the kernel does, a chain of more than 40 links is given up on.
            if links < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: prefix) {
                let folder = "/" + parts.dropLast().joined(separator: "/")
                let followed = target.hasPrefix("/") ? target : folder + "/" + target
                return resolve(([followed] + rest).joined(separator: "/"), links: links + 1)
            }
            rest.insert(parts.removeLast(), at: 0)
        }
        var resolved = base.split(separator: "/").map(String.init)
        for part in rest {
            switch part {
            case ".": continue
            case "..": _ = resolved.popLast()
            default: resolved.append(part)
            }
        }
        return "/" + resolved.joined(separator: "/")
    }
}
