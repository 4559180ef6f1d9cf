import Foundation
import HandbookModel
import HandbookOutput

/// Builds the site's search index with Pagefind, over the finished pages in staging and before
/// the swap, so a build stays atomic. Pagefind's Python package (`pip install 'pagefind[bin]'`)
/// is driven by `search_index.py`, which adds the pages in sorted order: the same site then
/// always gives the same index. Without Pagefind the site has no search.
struct SearchIndexer: Sendable {
    /// The command that runs Pagefind, when it is installed.
    let command: [String]

    static let installHint = "install it with `python3 -m pip install 'pagefind[bin]'` and build again"

    /// Found once per process: looking costs a process start.
    static let installed: SearchIndexer? = locate()

    private static func locate() -> SearchIndexer? {
        guard let script = Bundle.module.url(forResource: "search_index", withExtension: "py") else { return nil }
        // Found without being imported: importing Pagefind's service takes longer than Python's own start.
        let probe = SearchIndexer(command: ["/usr/bin/env", "python3"])
        let found = "import importlib.util as u, sys; sys.exit(not (u.find_spec('pagefind_bin') and u.find_spec('pagefind.index')))"
        guard probe.run(["-c", found]) == 0 else { return nil }
        return SearchIndexer(command: ["/usr/bin/env", "python3", script.path])
    }

    /// Indexes the pages in `site` and writes the index into the sink under `pagefind/`.
    /// Returns the index's files written.
    @discardableResult
    func index(site: String, into sink: some OutputSink) throws(IndexFailure) -> [String] {
        let bundle = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: bundle) }
        let status = run([site, bundle.path])
        guard status == 0 else { throw IndexFailure(detail: "Pagefind stopped with status \(status)") }
        var written: [String] = []
        for file in FileTree.files(under: bundle.path) {
            guard let data = FileManager.default.contents(atPath: bundle.path + "/" + file) else { continue }
            do {
                try sink.write(Array(data), to: "pagefind/" + file)
            } catch {
                throw IndexFailure(detail: error.message, output: error)
            }
            written.append("pagefind/" + file)
        }
        return written
    }

    private func run(_ arguments: [String]) -> Int32 {
        ChildProcess.run(command[0], Array(command.dropFirst()) + arguments) ?? -1
    }

    struct IndexFailure: Error {
        var detail: String
        var output: OutputError?
    }
}
