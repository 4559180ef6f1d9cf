import Foundation
import HandbookModel
import HandbookOutput

/// Keeps named sheets, registers, records and exports out of anything that is published: the
/// site, and content/ and templates/ that the site is made from, as this run has them. A command
/// that has no --templates (or no site of its own) guards the ones beside its content folder,
/// where `handbook build` finds them by default; a command never guesses them from the working
/// folder. Any folder a build marked as a site is guarded too, wherever it is.
struct FolderGuard: Sendable {
    let folders: [GuardedFolder]

    init(content: String, templates: String? = nil) {
        var folders = [GuardedFolder(.content, content), GuardedFolder(.templates, Self.beside(content, "templates"))]
        if let templates { folders.append(GuardedFolder(.templates, templates)) }
        folders.append(GuardedFolder(.site, Self.beside(content, "site")))
        self.folders = folders
    }

    /// `name` in the folder that holds the content folder; shown as typed when that is the
    /// working folder, as it usually is.
    static func beside(_ content: String, _ name: String) -> String {
        let parent = URL(fileURLWithPath: content).standardizedFileURL.deletingLastPathComponent()
        let folder = parent.appendingPathComponent(name).path
        let here = FileManager.default.currentDirectoryPath
        return folder.hasPrefix(here + "/") ? String(folder.dropFirst(here.count + 1)) : folder
    }

    /// Why `path` may not hold names, or nil. `what` names what is written there ("the forms
    /// folder", "the export"); `suggestion` is a place that would do.
    func problem(_ path: String, what: String, suggestion: String) -> Diagnostic? {
        do {
            try WriteGuard.check(path, what: what, guarding: folders)
            return nil
        } catch {
            let hint = error.role == .site ? "choose a folder outside the site, such as \(suggestion)"
                                           : "choose a folder outside content/, templates/ and the site, such as \(suggestion)"
            return .error(at: SourceLocation(file: path), error.message, hint: hint)
        }
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
