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

        var config: HandbookConfig?
        switch ContentFile.read(root.appendingPathComponent("handbook.yml"), shownAs: shown("handbook.yml")) {
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case .success(let file): config = HandbookConfigLoader.load(file, diagnostics: &diagnostics)
        }

        var policies: [Policy] = []
        let policiesURL = root.appendingPathComponent("policies")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: policiesURL.path)) ?? []
        for folder in folders.sorted() where !folder.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let url = policiesURL.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
                continue
            }
            let policyPath = shown("policies/\(folder)/policy.md")
            guard ContentPaths.isValidID(folder) else {
                diagnostics.append(.error(at: SourceLocation(file: shown("policies/\(folder)")),
                                          "the policy folder name `\(folder)` cannot be used in a web address",
                                          hint: "rename the folder using lower-case letters, digits and hyphens, like `social-media`"))
                continue
            }
            let policyFile = ContentFile.read(url.appendingPathComponent("policy.md"), shownAs: policyPath)
            let rulesFile = ContentFile.read(url.appendingPathComponent("rules.yml"),
                                             shownAs: shown("policies/\(folder)/rules.yml"))
            switch (policyFile, rulesFile) {
            case (.success(let policyFile), .success(let rulesFile)):
                if let policy = PolicyLoader.load(id: folder, policyFile: policyFile, rulesFile: rulesFile,
                                                  diagnostics: &diagnostics) {
                    policies.append(policy)
                }
            case (.failure(let a), .failure(let b)):
                diagnostics.append(contentsOf: [a, b])
            case (.failure(let a), _), (_, .failure(let a)):
                diagnostics.append(a)
            }
        }
        if folders.isEmpty, config != nil {
            diagnostics.append(.error(at: SourceLocation(file: shown("policies")), "there are no policies",
                                      hint: "add a folder such as policies/social-media/ holding policy.md and rules.yml"))
        }
        guard let config else { return (nil, diagnostics) }
        return (Handbook(config: config, policies: policies), diagnostics)
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
