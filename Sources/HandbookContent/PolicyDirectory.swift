import Foundation
import HandbookModel

/// Reads every published policy's title and category from front matter alone: see `PolicyListing`.
package enum PolicyDirectory {
    /// Read on every core: a handbook's front matters are many small files. A policy never
    /// released is listed only in a draft build. `known` holds listings already read from folders
    /// that have not changed since.
    package static func read(_ folder: ContentLoader.Folder, drafts: Bool,
                             known: [String: PolicyListing] = [:]) -> [PolicyListing] {
        folder.policyFolders.parallelMap { known[$0] ?? read($0, in: folder, drafts: drafts) }.compactMap { $0 }
    }

    private static func read(_ id: String, in folder: ContentLoader.Folder, drafts: Bool) -> PolicyListing? {
        let policyFolder = folder.root.appendingPathComponent("policies", isDirectory: true).appendingPathComponent(id, isDirectory: true)
        guard let shown = shownEdition(policyFolder, drafts: drafts) else { return nil }
        let working = frontMatter(policyFolder)
        let edition = shown.isDraft ? working : frontMatter(shown.folder)
        // The category is the working copy's: it is not part of an edition.
        return PolicyListing(id: id, title: edition?.title ?? id, category: working?.category?.value, isDraft: shown.isDraft)
    }

    private static func frontMatter(_ folder: URL) -> EditionInfo? {
        let file = folder.appendingPathComponent("policy.md", isDirectory: false)
        var ignored: [Diagnostic] = []
        guard let policyFile = try? ContentFile.read(file, shownAs: file.path),
              let frontMatter = try? FrontMatter.split(policyFile.text, path: policyFile.path) else { return nil }
        return PolicyLoader.editionInfo(frontMatter.yaml, diagnostics: &ignored)
    }

    /// The folder of the edition the site shows: the newest release, unless a draft build shows
    /// changes not yet released or a policy never released. Nil when the site shows none.
    private static func shownEdition(_ policy: URL, drafts: Bool) -> (folder: URL, isDraft: Bool)? {
        let versions = policy.appendingPathComponent("versions", isDirectory: true)
        let newest = FolderListing.subfolders(of: versions).compactMap(VersionNumber.init).max()
        guard let newest else { return drafts ? (policy, true) : nil }
        let release = versions.appendingPathComponent(newest.text, isDirectory: true)
        guard drafts else { return (release, false) }
        let read = { (folder: URL, name: String) in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name, isDirectory: false).path).map(PlainText.normalized)
        }
        let samePolicy = read(policy, "policy.md").map(PlacementLines.removed) == read(release, "policy.md").map(PlacementLines.removed)
        let same = samePolicy && read(policy, "rules.yml") == read(release, "rules.yml")
        return same ? (release, false) : (policy, true)
    }
}
