import Foundation
import HandbookModel

/// Reads every policy's title and category from front matter alone: see `PolicyListing`.
package enum PolicyDirectory {
    /// Read on every core: a handbook's front matters are many small files.
    /// `known` holds listings already read from folders that have not changed since.
    package static func read(_ folder: ContentLoader.Folder, drafts: Bool,
                             known: [String: PolicyListing] = [:]) -> [PolicyListing] {
        folder.policyFolders.parallelMap { known[$0] ?? read($0, in: folder, drafts: drafts) }
    }

    private static func read(_ id: String, in folder: ContentLoader.Folder, drafts: Bool) -> PolicyListing {
        let policyFolder = folder.root.appendingPathComponent("policies", isDirectory: true).appendingPathComponent(id, isDirectory: true)
        let shown = shownEdition(policyFolder, drafts: drafts)
        var ignored: [Diagnostic] = []
        guard let frontMatter = frontMatter(of: shown.appendingPathComponent("policy.md", isDirectory: false).path),
              let edition = PolicyLoader.editionInfo(frontMatter.yaml, diagnostics: &ignored) else {
            return PolicyListing(id: id, title: id, category: nil)
        }
        return PolicyListing(id: id, title: edition.title, category: edition.category?.value)
    }

    /// The front matter of a policy.md, read as the loader reads the file (Windows line endings
    /// and a byte order mark included), but only as far as the front matter goes where it can:
    /// most of a policy.md is its text.
    private static func frontMatter(of path: String) -> FrontMatter? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        do {
            // Up to the prefix's length or the file's end, however many reads that takes; nil at
            // the end of the file.
            var bytes = [UInt8](try file.read(upToCount: prefixLength) ?? Data())
            if bytes.count == prefixLength {
                // Cut after the last whole line: a line break is never part of a longer character.
                if let lastBreak = bytes.lastIndex(of: UInt8(ascii: "\n")), let frontMatter = split(bytes[...lastBreak]) {
                    return frontMatter
                }
                bytes += try file.readToEnd() ?? Data()
            }
            return split(bytes[...])
        } catch {
            return nil
        }
    }

    private static func split(_ bytes: ArraySlice<UInt8>) -> FrontMatter? {
        guard let text = ContentFile.plainText(bytes), case .success(let frontMatter) = FrontMatter.split(text, path: "") else {
            return nil
        }
        return frontMatter
    }

    private static let prefixLength = 16_384

    /// The folder of the edition the site shows: the newest release, unless there is none or a
    /// draft build shows changes not yet released.
    private static func shownEdition(_ policy: URL, drafts: Bool) -> URL {
        let versions = policy.appendingPathComponent("versions", isDirectory: true)
        let newest = FolderListing.subfolders(of: versions).compactMap(VersionNumber.init).max()
        guard let newest else { return policy }
        let release = versions.appendingPathComponent(newest.text, isDirectory: true)
        guard drafts else { return release }
        let same = ["policy.md", "rules.yml"].allSatisfy { name in
            FileManager.default.contents(atPath: policy.appendingPathComponent(name, isDirectory: false).path)
                == FileManager.default.contents(atPath: release.appendingPathComponent(name, isDirectory: false).path)
        }
        return same ? release : policy
    }
}
