import Crypto
import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookOutput
import HandbookSite

/// Fingerprints of a build's inputs, to tell which pages can be kept from the last build.
enum InputHashes {
    /// Everything every page depends on: the list of policies, handbook.yml, glossary.yml, the templates and assets, the options,
    /// and the handbook binary itself (a new version may render differently).
    static func shared(content: String, templates: TemplateSet, drafts: Bool, policies: [String],
                       known: FileDigests) -> ContentTreeHash.Result {
        var hasher = SHA256()
        // Which policies exist decides whether links between them are published.
        hasher.update(data: Data(policies.sorted().joined(separator: "\n").utf8))
        // The content path is part of it because diagnostics, replayed when nothing changed, name files by it.
        hasher.update(data: Data("format \(BuildCache.currentFormat) drafts \(drafts) content \(content)\n".utf8))
        // Everything in the content folder but the policy folders, which are fingerprinted one by one.
        let folder = ContentTreeHash.of(content, prune: Set(policies.map { "policies/" + $0 }), known: known)
        hasher.update(data: Data(folder.hash.utf8))
        hasher.update(data: Data(templates.fingerprint.utf8))
        hasher.update(data: Data(binaryIdentity.utf8))
        return ContentTreeHash.Result(hash: Fingerprint.hex(hasher.finalize()), digests: folder.digests)
    }

    /// Everything under one policy folder: see `ContentTreeHash`.
    static func policy(_ name: String, content: String, known: FileDigests) -> ContentTreeHash.Result {
        ContentTreeHash.of(URL(fileURLWithPath: content).appendingPathComponent("policies", isDirectory: true).appendingPathComponent(name, isDirectory: true).path,
                           known: known)
    }

    /// The running executable's size and modification time: changes whenever it is rebuilt.
    private static let binaryIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return path }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()
}
