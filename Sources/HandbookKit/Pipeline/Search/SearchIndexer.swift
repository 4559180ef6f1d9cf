import Foundation
import HandbookModel
import HandbookOutput

/// Where Pagefind is, and how its index is written into the site. The index is made from the
/// pages in staging before the swap, so a build stays atomic (see `PagefindService`); the same site
/// always gives the same index, byte for byte. Without Pagefind the site has no search.
package struct SearchIndexer: Sendable {
    /// The Pagefind program.
    let binary: String

    /// Which Pagefind a build uses.
    package enum Choice: Sendable {
        /// The one installed, if any.
        case installed
        /// None: built as though Pagefind were not installed, wherever it is.
        case absent
        /// This program, whatever is installed.
        case program(String)

        var indexer: SearchIndexer? {
            switch self {
            case .installed: SearchIndexer.installed
            case .absent: nil
            case .program(let path): SearchIndexer(binary: path)
            }
        }
    }

    static let installHint = "install it with `python3 -m pip install 'pagefind[bin]'` and build again"

    /// Found once per process: looking costs a process start.
    static let installed: SearchIndexer? = locate()

    /// `PAGEFIND_BINARY_PATH` when it is set, as Pagefind's own packages read it; otherwise the
    /// program inside Python's `pagefind_bin` package (or its extended edition), which
    /// `pip install 'pagefind[bin]'` installs.
    private static func locate() -> SearchIndexer? {
        if let named = ProcessInfo.processInfo.environment["PAGEFIND_BINARY_PATH"], !named.isEmpty {
            return FileManager.default.isExecutableFile(atPath: named) ? SearchIndexer(binary: named) : nil
        }
        let ask = """
            import sys
            for name in ("pagefind_bin_extended", "pagefind_bin"):
                try:
                    sys.stdout.write(str(__import__(name).get_executable().absolute()))
                    break
                except Exception:
                    pass
            """
        guard let found = ChildProcess.output(of: "/usr/bin/env", ["python3", "-c", ask]),
              let path = String(bytes: found, encoding: .utf8), !path.isEmpty,
              FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return SearchIndexer(binary: path)
    }

    /// Writes the index's files into the sink under `pagefind/`.
    static func write(_ files: [PagefindService.IndexFile], into sink: some OutputSink) throws(OutputError) {
        for file in files {
            try sink.write(file.path == "pagefind-entry.json" ? inFixedOrder(file.bytes) : file.bytes,
                           to: "pagefind/" + file.path)
        }
    }

    /// Pagefind lists its languages in pagefind-entry.json in a different order each run; with
    /// its keys sorted, the file is the same every time.
    private static func inFixedOrder(_ entry: [UInt8]) -> [UInt8] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(entry)),
              let sorted = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return entry }
        return Array(sorted)
    }
}
