import Foundation
import Synchronization
import HandbookMarkdown
import HandbookModel

/// A text file read from the content folder, with the path shown in messages.
package struct ContentFile {
    package let path: String
    /// The bytes as `PlainText` gives them: line endings and a byte order mark never change a
    /// fingerprint, so a Windows checkout verifies the editions released from any other.
    package let data: Data
    /// The same, as text.
    package let text: String

    package static func read(_ url: URL, shownAs path: String, within boundary: ContentBoundary? = nil) throws(Diagnostic) -> ContentFile {
        if let boundary, !boundary.contains(url) {
            throw Diagnostic.error(at: SourceLocation(file: path),
                                   "this file is a link to a place outside the content folder, so it is not read",
                                   hint: "copy the file into the content folder instead of linking to it")
        }
        if let refusal = FileSizeLimit.refusal(of: url, shownAs: path) { throw refusal }
        guard let raw = FileManager.default.contents(atPath: url.path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
                throw isFolder.boolValue
                    ? Diagnostic.error(at: SourceLocation(file: path), "this is a folder, but a file was expected here",
                                       hint: "move the folder away and put the file \(url.lastPathComponent) in its place")
                    : Diagnostic.error(at: SourceLocation(file: path), "this file is there but cannot be read",
                                       hint: "check that the account running handbook may read it (its permissions or owner)")
            }
            throw Diagnostic.error(at: SourceLocation(file: path), "file not found",
                                   hint: "create \(path), or pass the right folder with --content")
        }
        let data = PlainText.normalized(raw)
        guard let text = String(validating: data, as: UTF8.self) else {
            let place = firstInvalidByte(in: data)
            throw Diagnostic.error(at: SourceLocation(file: path, line: place.line, column: place.column),
                                   "this file is not UTF-8 text: the character here cannot be read",
                                   hint: "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8), or retype the character at this place")
        }
        if let found = UnwritableCharacter.first(in: text) {
            throw Diagnostic.error(at: SourceLocation(file: path, line: found.line, column: found.column),
                                   "this file holds the invisible control character \(UnwritableCharacter.code(found.scalar)) here, which no page, feed or form can show",
                                   hint: "delete it (many editors show it as a box or a question mark) and retype the text around it")
        }
        return ContentFile(path: path, data: data, text: text)
    }

    /// The file, or nil after adding why it cannot be read to `diagnostics`.
    package static func read(_ url: URL, shownAs path: String, within boundary: ContentBoundary? = nil,
                             diagnostics: inout [Diagnostic]) -> ContentFile? {
        do {
            return try read(url, shownAs: path, within: boundary)
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    /// Where decoding stops: the line, and the column counted in Unicode scalars as YAML marks count it.
    private static func firstInvalidByte(in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        _ = transcode(data.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true) { scalar in
            if scalar == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}

/// The content folder with symbolic links resolved: files reached through a link that leads
/// outside it are not read.
package struct ContentBoundary: Sendable {
    package let root: String
    private let folders: ResolvedFolders

    package init(_ root: URL) {
        self.root = RealPath.of(root.path)
        folders = ResolvedFolders(root.standardizedFileURL.path, resolved: self.root)
    }

    package func contains(_ url: URL) -> Bool {
        let resolved = folders.resolve(url.path) ?? RealPath.of(url.path)
        return resolved == root || resolved.hasPrefix(root + "/")
    }
}

/// Where each folder under the content folder really is, worked out once: `realpath` on every
/// file asked the kernel to read each link of its whole path, eight calls a file. A name that is
/// not a link resolves to its folder's place and its own name, which one `lstat` tells.
private final class ResolvedFolders: Sendable {
    private let known: Mutex<[String: String]>
    private let top: String

    init(_ top: String, resolved: String) {
        self.top = top
        known = Mutex([top: resolved])
    }

    /// The real path of a file or folder under the top folder; nil when that cannot be told
    /// this way, and `RealPath` must.
    func resolve(_ path: String) -> String? {
        guard path.hasPrefix(top + "/") else { return nil }
        var pending: [Substring] = []
        var folder = Substring(path)
        var base: String?
        while base == nil {
            guard let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
            let name = folder[folder.utf8.index(after: slash)...]
            guard !name.isEmpty, name != ".", name != ".." else { return nil }
            pending.append(folder)
            folder = folder[..<slash]
            base = known.withLock { $0[String(folder)] }
        }
        guard var resolved = base else { return nil }
        for (index, step) in pending.reversed().enumerated() {
            let name = step[step.utf8.index(after: step.utf8.lastIndex(of: UInt8(ascii: "/")) ?? step.utf8.startIndex)...]
            var info = stat()
            guard lstat(String(step), &info) == 0, info.st_mode & S_IFMT != S_IFLNK else { return nil }
            resolved += "/" + name
            // The last step is the file itself; every step before it is a folder worth keeping.
            if index < pending.count - 1 { known.withLock { $0[String(step)] = resolved } }
        }
        return resolved
    }
}
