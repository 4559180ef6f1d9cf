import Foundation
import HandbookModel
@testable import HandbookOutput

/// A new empty folder under the system's temporary folder, removed by `remove()`.
struct ScratchFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/handbook-output-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        path = RealPath.of(String(cString: made))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    func join(_ relative: String) -> String { path + "/" + relative }

    /// The names directly in the folder (or in `relative` below it), sorted.
    func names(_ relative: String = "") -> [String] {
        let folder = relative.isEmpty ? path : join(relative)
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    func text(_ relative: String) -> String? {
        FileManager.default.contents(atPath: join(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file below `relative`, hidden ones included, with its text, by path from there.
    func files(_ relative: String) -> [String: String] {
        var found: [String: String] = [:]
        for file in FileTree.files(under: join(relative)) { found[file] = text(relative + "/" + file) }
        return found
    }

    func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: join(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// Builds a small site of `pages` pages, each naming `build`, and commits it.
func buildSite(_ output: String, build: String, pages: Int = 3) throws {
    let sink = try StagedDiskOutput.open(output: output, protecting: [])
    for page in 0..<pages {
        try sink.write("\(build) page \(page)", to: "policies/page-\(page).html")
    }
    try sink.write("\(build) index", to: "index.html")
    try sink.commit()
}
