import Foundation

/// The handbook's real policy texts, front matter removed.
enum PolicyFiles {
    static let contentFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")

    /// Every `policy.md` under `content/`, by path relative to it.
    static func all() throws -> [(path: String, markdown: String)] {
        let paths = (FileManager.default.subpaths(atPath: contentFolder.path) ?? [])
            .filter { $0.hasSuffix("policy.md") }
            .sorted()
        return try paths.map { path in
            let text = try String(contentsOf: contentFolder.appendingPathComponent(path), encoding: .utf8)
            return (path, withoutFrontMatter(text))
        }
    }

    static func withoutFrontMatter(_ text: String) -> String {
        guard text.hasPrefix("---\n") else { return text }
        let rest = text.dropFirst(4)
        guard let end = rest.range(of: "\n---\n") else { return text }
        return String(rest[end.upperBound...])
    }
}
