import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HandbookMarkdown
import HandbookModel

/// Loads a whole content folder. Paths in diagnostics start with the folder as the user named it.
public enum ContentLoader {
    /// handbook.yml and the list of policy folders: what must be read before policies can be
    /// loaded, one by one or in parallel.
    public struct Folder: Sendable {
        public let path: String
        package let root: URL
        package let boundary: ContentBoundary
        public let config: HandbookConfig?
        public let glossary: Glossary
        public let policyFolders: [String]

        package func shown(_ relative: String) -> String { ContentPaths.join(path, relative) }
    }

    public static func open(_ contentPath: String, diagnostics: inout [Diagnostic]) -> Folder? {
        let root = URL(fileURLWithPath: contentPath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error(at: SourceLocation(file: contentPath), "content folder not found",
                                      hint: "run the command from the folder that holds `content/`, or pass --content PATH"))
            return nil
        }
        let boundary = ContentBoundary(root)
        var config: HandbookConfig?
        let configPath = ContentPaths.join(contentPath, "handbook.yml")
        if let file = ContentFile.read(root.appendingPathComponent("handbook.yml", isDirectory: false), shownAs: configPath,
                                       within: boundary, diagnostics: &diagnostics) {
            config = HandbookConfigLoader.load(file, diagnostics: &diagnostics)
        }
        if var loaded = config {
            loaded.languages = loaded.languages.map { language in
                InterfaceWordsLoader.load(language, content: contentPath, root: root, boundary: boundary, diagnostics: &diagnostics)
            }
            config = loaded
        }
        var glossary = Glossary()
        let glossaryURL = root.appendingPathComponent("glossary.yml", isDirectory: false)
        if FileManager.default.fileExists(atPath: glossaryURL.path) {
            if let file = ContentFile.read(glossaryURL, shownAs: ContentPaths.join(contentPath, "glossary.yml"), within: boundary,
                                           diagnostics: &diagnostics) {
                glossary = GlossaryLoader.load(file, diagnostics: &diagnostics)
            }
        }
        // No policies is not an error here: a new handbook builds empty, and a check says what to do next.
        let folders = FolderListing.subfolders(of: root.appendingPathComponent("policies", isDirectory: true))
        return Folder(path: contentPath, root: root, boundary: boundary, config: config, glossary: glossary,
                      policyFolders: folders)
    }

    /// One policy folder: its working copy and every released edition.
    public static func loadPolicy(_ name: String, in folder: Folder, diagnostics: inout [Diagnostic]) -> PolicyEntry? {
        guard ContentPaths.isValidID(name) else {
            diagnostics.append(.error(at: SourceLocation(file: folder.shown("policies/\(name)")),
                                      "the policy folder name `\(name)` cannot be used in a web address",
                                      hint: "rename the folder using lower-case letters, digits and hyphens, like `social-media`"))
            return nil
        }
        let url = folder.root.appendingPathComponent("policies", isDirectory: true).appendingPathComponent(name, isDirectory: true)
        guard let working = loadEdition(id: name, folder: url, shownAs: folder.shown("policies/\(name)"),
                                        boundary: folder.boundary, diagnostics: &diagnostics) else {
            return nil
        }
        let releases = loadReleases(id: name, folder: url.appendingPathComponent("versions", isDirectory: true),
                                    shownAs: folder.shown("policies/\(name)/versions"), boundary: folder.boundary,
                                    diagnostics: &diagnostics)
        let translations = TranslationLoader.loadAll(
            folder: url.appendingPathComponent("translations", isDirectory: true),
            shownAs: folder.shown("policies/\(name)/translations"), boundary: folder.boundary,
            vocabulary: .init(working: working, releases: releases, config: folder.config), diagnostics: &diagnostics)
        return PolicyEntry(id: name, working: working, releases: releases, translations: translations)
    }

    /// Loads a whole content folder. Paths in diagnostics start with the folder as the user named it.
    public static func load(from contentPath: String, diagnostics: inout [Diagnostic]) -> Handbook? {
        guard let folder = open(contentPath, diagnostics: &diagnostics) else { return nil }
        let policies = folder.policyFolders.compactMap { loadPolicy($0, in: folder, diagnostics: &diagnostics) }
        guard let config = folder.config else { return nil }
        return Handbook(config: config, policies: policies, glossary: folder.glossary)
    }
}

extension ContentLoader {
    /// policy.md and rules.yml from one folder: the working copy, or a released edition.
    package static func loadEdition(id: String, folder: URL, shownAs shown: String, boundary: ContentBoundary,
                            diagnostics: inout [Diagnostic]) -> Policy? {
        // Both files are read before either is given up on, so the office hears of both at once.
        let policyFile = ContentFile.read(folder.appendingPathComponent("policy.md", isDirectory: false), shownAs: shown + "/policy.md",
                                          within: boundary, diagnostics: &diagnostics)
        let rulesFile = ContentFile.read(folder.appendingPathComponent("rules.yml", isDirectory: false), shownAs: shown + "/rules.yml",
                                         within: boundary, diagnostics: &diagnostics)
        guard let policyFile, let rulesFile else { return nil }
        let hashes = FileHashes(policy: policyFile.data, rules: rulesFile.data)
        return PolicyLoader.load(id: id, policyFile: policyFile, rulesFile: rulesFile, fileHashes: hashes,
                                 diagnostics: &diagnostics)
    }

    /// Every `versions/V/` folder with its edition.yml record.
    package static func loadReleases(id: String, folder: URL, shownAs shown: String, boundary: ContentBoundary,
                             diagnostics: inout [Diagnostic]) -> [ReleasedEdition] {
        var releases: [ReleasedEdition] = []
        for name in FolderListing.subfolders(of: folder) {
            let place = shown + "/" + name
            guard let version = VersionNumber(name) else {
                diagnostics.append(.error(at: SourceLocation(file: place),
                                          "`\(name)` is not a version number, so it cannot be a released edition",
                                          hint: "folders under versions/ are written by `handbook release` and are named with \(VersionNumber.grammar); remove this one"))
                continue
            }
            let recordURL = folder.appendingPathComponent(name, isDirectory: true).appendingPathComponent("edition.yml", isDirectory: false)
            let record: EditionRecordLoader.Record?
            do {
                let file = try ContentFile.read(recordURL, shownAs: place + "/edition.yml", within: boundary)
                record = EditionRecordLoader.load(file, diagnostics: &diagnostics)
            } catch {
                diagnostics.append(FileManager.default.fileExists(atPath: recordURL.path) ? error
                    : .error(at: SourceLocation(file: place),
                             "released edition \(name) of `\(id)` has no edition.yml, so it cannot be shown",
                             hint: EditionRecordLoader.restoreHint(place + "/edition.yml")))
                record = nil
            }
            let editionFolder = folder.appendingPathComponent(name, isDirectory: true)
            guard let record,
                  var policy = loadEdition(id: id, folder: editionFolder, shownAs: place,
                                           boundary: boundary, diagnostics: &diagnostics) else { continue }
            if record.fingerprint != policy.fingerprint.hex, let whole = wholeFileFingerprint(editionFolder),
               whole.hex == record.fingerprint {
                // Released with placement lines before they were left out of the fingerprint: the
                // edition keeps the fingerprint its pages, sheets and signatures were made with.
                policy.fingerprint = whole
            }
            releases.append(ReleasedEdition(version: version, released: record.released.value,
                                            recordedFingerprint: record.fingerprint, recordedFiles: record.files,
                                            policy: policy, recordPath: place + "/edition.yml",
                                            recordedVersion: record.version, releasedLocation: record.released.location,
                                            sealIntact: record.sealIntact, recordedApproval: record.approval))
        }
        return releases
    }
}

extension ContentLoader {
    /// The fingerprint of an edition's files as stored, placement lines and all.
    private static func wholeFileFingerprint(_ folder: URL) -> Fingerprint? {
        let read = { (name: String) in FileManager.default.contents(atPath: folder.appendingPathComponent(name, isDirectory: false).path) }
        guard let policy = read("policy.md"), let rules = read("rules.yml") else { return nil }
        return Fingerprint(wholeFiles: policy, rules: rules)
    }
}

/// Visible sub-folders of a folder, sorted by name; none when it does not exist. A link to a
/// folder counts as one.
package enum FolderListing {
    package static func subfolders(of url: URL) -> [String] {
        let path = url.path
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            // The entry's type answers without a `stat`, but for a link, which is followed.
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): names.append(name)
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                var info = stat()
                if stat(path + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { names.append(name) }
            default: continue
            }
        }
        return names.sorted()
    }
}
