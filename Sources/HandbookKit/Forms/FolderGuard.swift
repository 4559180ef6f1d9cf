import Foundation
import HandbookModel
import HandbookOutput

/// Keeps named sheets, registers and records out of anything that is published: the site, and
/// content/ and templates/ that the site is made from. Paths are compared after symbolic links
/// are resolved, so a link cannot smuggle names into the site.
enum FolderGuard {
    /// The path with every symbolic link in its existing part resolved; the part not yet made is kept.
    static func resolved(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while url.path != "/", !FileManager.default.fileExists(atPath: url.path) {
            rest.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var base = url.path
        if let real = realpath(url.path, nil) {
            base = String(cString: real)
            free(real)
        }
        return rest.reduce(base) { ($0 as NSString).appendingPathComponent($1) }
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The built site that holds `path`, if any.
    static func site(holding path: String) -> String? {
        var url = URL(fileURLWithPath: resolved(path))
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(SiteMarker.name).path) { return url.path }
            url.deleteLastPathComponent()
        }
        return nil
    }

    /// Why `path` may not hold names, or nil. `what` names the folder in the message
    /// ("the forms folder", "the records folder").
    static func problem(_ path: String, what: String, content: String, templates: String?, suggestion: String) -> Diagnostic? {
        if let site = site(holding: path) {
            return .error(at: SourceLocation(file: path),
                          "\(what) is inside the published site (\(site)), and names must never be published",
                          hint: "choose a folder outside the site, such as \(suggestion)")
        }
        let target = resolved(path)
        var sources = [("content", content)]
        if let templates { sources.append(("templates", templates)) }
        for (name, folder) in sources where isInside(target, resolved(folder)) {
            return .error(at: SourceLocation(file: path),
                          "\(what) is inside the \(name) folder, whose files can end up in the published site",
                          hint: "choose a folder outside content/, templates/ and the site, such as \(suggestion)")
        }
        return nil
    }
}

/// Writes a file whole or not at all: into a temporary file in the same folder, flushed to the
/// disk, then renamed over the old one, so a reader never sees half a register.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        // The rename itself is made lasting by flushing the folder.
        let descriptor = open(folder.path, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }
}
