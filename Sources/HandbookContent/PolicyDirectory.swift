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
        let file = shownEdition(policyFolder, drafts: drafts).appendingPathComponent("policy.md", isDirectory: false)
        var ignored: [Diagnostic] = []
        guard case .success(let policyFile) = ContentFile.read(file, shownAs: file.path),
              case .success(let frontMatter) = FrontMatter.split(policyFile.text, path: policyFile.path),
              let edition = PolicyLoader.editionInfo(frontMatter.yaml, diagnostics: &ignored) else {
            return PolicyListing(id: id, title: id, category: nil)
        }
        return PolicyListing(id: id, title: edition.title, category: edition.category?.value)
    }

    /// The folder of the edition the site shows: the newest release, unless there is none or a
    /// draft build shows changes not yet released.
    private static func shownEdition(_ policy: URL, drafts: Bool) -> URL {
        let versions = policy.appendingPathComponent("versions", isDirectory: true)
        let newest = FolderListing.subfolders(of: versions).compactMap(VersionNumber.init).max()
        guard let newest else { return policy }
        let release = versions.appendingPathComponent(newest.text, isDirectory: true)
        guard drafts else { return release }
        let same = ["policy.md", "rules.yml"].allSatisfy { name in
            plainContents(policy.appendingPathComponent(name, isDirectory: false))
                == plainContents(release.appendingPathComponent(name, isDirectory: false))
        }
        return same ? release : policy
    }

    private static func plainContents(_ url: URL) -> Data? {
        FileManager.default.contents(atPath: url.path).map(PlainText.normalized)
    }
}
