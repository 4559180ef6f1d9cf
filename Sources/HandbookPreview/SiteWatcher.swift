import Foundation

/// Notices edits under a few folders by polling file names, sizes and modification times: no file is
/// read, and it works the same for every editor (including those that save by replacing the file).
public struct SiteWatcher: Sendable {
    /// What the folders hold at one moment. Two states differ when any file was added, removed,
    /// resized or saved again.
    public struct State: Equatable, Sendable {
        fileprivate var files: [String: Stamp]
    }

    fileprivate struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Date
    }

    public let folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    public func state() -> State {
        var files: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        for folder in folders {
            let root = URL(fileURLWithPath: folder)
            // A missing folder is simply empty: creating it later counts as a change.
            guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in walk {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                files[url.path] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
            }
        }
        return State(files: files)
    }
}
