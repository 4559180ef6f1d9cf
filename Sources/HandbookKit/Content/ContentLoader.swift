import Foundation

/// Loads a whole content folder. Paths in diagnostics start with the folder as the user named it.
public enum ContentLoader {
    public static func load(from contentPath: String) -> (handbook: Handbook?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let root = URL(fileURLWithPath: contentPath)
        let shown = { (relative: String) in ContentPaths.join(contentPath, relative) }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [.error(at: SourceLocation(file: contentPath), "content folder not found",
                                 hint: "run the command from the folder that holds `content/`, or pass --content PATH")])
        }

        let boundary = ContentBoundary(root)
        var config: HandbookConfig?
        switch ContentFile.read(root.appendingPathComponent("handbook.yml"), shownAs: shown("handbook.yml"), within: boundary) {
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case .success(let file): config = HandbookConfigLoader.load(file, diagnostics: &diagnostics)
        }

        var policies: [PolicyEntry] = []
        let policiesURL = root.appendingPathComponent("policies")
        let folders = FolderListing.subfolders(of: policiesURL)
        for folder in folders {
            guard ContentPaths.isValidID(folder) else {
                diagnostics.append(.error(at: SourceLocation(file: shown("policies/\(folder)")),
                                          "the policy folder name `\(folder)` cannot be used in a web address",
                                          hint: "rename the folder using lower-case letters, digits and hyphens, like `social-media`"))
                continue
            }
            let url = policiesURL.appendingPathComponent(folder)
            guard let working = loadEdition(id: folder, folder: url, shownAs: shown("policies/\(folder)"),
                                            boundary: boundary, diagnostics: &diagnostics) else { continue }
            let releases = loadReleases(id: folder, folder: url.appendingPathComponent("versions"),
                                        shownAs: shown("policies/\(folder)/versions"), boundary: boundary,
                                        diagnostics: &diagnostics)
            policies.append(PolicyEntry(id: folder, working: working, releases: releases))
        }
        if folders.isEmpty, config != nil {
            diagnostics.append(.error(at: SourceLocation(file: shown("policies")), "there are no policies",
                                      hint: "add a folder such as policies/social-media/ holding policy.md and rules.yml"))
        }
        guard let config else { return (nil, diagnostics) }
        return (Handbook(config: config, policies: policies), diagnostics)
    }
}

extension ContentLoader {
    /// policy.md and rules.yml from one folder: the working copy, or a released edition.
    static func loadEdition(id: String, folder: URL, shownAs shown: String, boundary: ContentBoundary,
                            diagnostics: inout [Diagnostic]) -> Policy? {
        let policyFile = ContentFile.read(folder.appendingPathComponent("policy.md"), shownAs: shown + "/policy.md",
                                          within: boundary)
        let rulesFile = ContentFile.read(folder.appendingPathComponent("rules.yml"), shownAs: shown + "/rules.yml",
                                         within: boundary)
        switch (policyFile, rulesFile) {
        case (.success(let policyFile), .success(let rulesFile)):
            return PolicyLoader.load(id: id, policyFile: policyFile, rulesFile: rulesFile, diagnostics: &diagnostics)
        case (.failure(let a), .failure(let b)):
            diagnostics += [a, b]
        case (.failure(let a), _), (_, .failure(let a)):
            diagnostics.append(a)
        }
        return nil
    }

    /// Every `versions/V/` folder with its edition.yml record.
    static func loadReleases(id: String, folder: URL, shownAs shown: String, boundary: ContentBoundary,
                             diagnostics: inout [Diagnostic]) -> [ReleasedEdition] {
        var releases: [ReleasedEdition] = []
        for name in FolderListing.subfolders(of: folder) {
            let place = shown + "/" + name
            guard let version = VersionNumber(name) else {
                diagnostics.append(.error(at: SourceLocation(file: place),
                                          "`\(name)` is not a version number, so it cannot be a released edition",
                                          hint: "folders under versions/ are written by `handbook release` and are named like `1.0`; remove this one"))
                continue
            }
            let recordFile = ContentFile.read(folder.appendingPathComponent(name).appendingPathComponent("edition.yml"),
                                              shownAs: place + "/edition.yml", within: boundary)
            let record: EditionRecordLoader.Record?
            switch recordFile {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                record = nil
            case .success(let file):
                record = EditionRecordLoader.load(file, diagnostics: &diagnostics)
            }
            guard let record,
                  let policy = loadEdition(id: id, folder: folder.appendingPathComponent(name), shownAs: place,
                                           boundary: boundary, diagnostics: &diagnostics) else { continue }
            releases.append(ReleasedEdition(version: version, released: record.released,
                                            recordedFingerprint: record.fingerprint, recordedFiles: record.files,
                                            policy: policy, recordPath: place + "/edition.yml"))
        }
        return releases
    }
}

/// Visible sub-folders of a folder, sorted by name; none when it does not exist.
enum FolderListing {
    static func subfolders(of url: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }
}

/// Paths and ids as they appear in content and in the site.
public enum ContentPaths {
    /// Joins a folder as the user typed it with a relative path, without doubling slashes.
    public static func join(_ base: String, _ relative: String) -> String {
        if base.isEmpty || base == "." { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    /// Lower-case letters and digits in groups joined by single hyphens: safe in URLs and file names.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.first != "-", id.last != "-", !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
