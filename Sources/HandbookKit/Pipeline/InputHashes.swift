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
    static func shared(content: String, templates: TemplateSet, drafts: Bool, policies: [String]) -> String {
        var hasher = SHA256()
        // Which policies exist decides whether links between them are published.
        hasher.update(data: Data(policies.sorted().joined(separator: "\n").utf8))
        // The content path is part of it because diagnostics, replayed when nothing changed, name files by it.
        hasher.update(data: Data("format \(BuildCache.currentFormat) drafts \(drafts) content \(content)\n".utf8))
        hasher.update(data: FileManager.default.contents(atPath: URL(fileURLWithPath: content)
            .appendingPathComponent("handbook.yml").path) ?? Data())
        hasher.update(data: FileManager.default.contents(atPath: URL(fileURLWithPath: content)
            .appendingPathComponent("glossary.yml").path) ?? Data())
        hasher.update(data: Data(templates.fingerprint.utf8))
        hasher.update(data: Data(binaryIdentity.utf8))
        return Fingerprint.hex(hasher.finalize())
    }

    /// Every file under one policy folder, names and bytes, in sorted order.
    static func policy(_ name: String, content: String) -> String {
        let root = URL(fileURLWithPath: content).appendingPathComponent("policies").appendingPathComponent(name)
        var hasher = SHA256()
        for file in FileTree.files(under: root.path) {
            hasher.update(data: Data("\(file.path)\0".utf8))
            hasher.update(data: FileManager.default.contents(atPath: root.appendingPathComponent(file.path).path) ?? Data())
            hasher.update(data: Data([0]))
        }
        return Fingerprint.hex(hasher.finalize())
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
