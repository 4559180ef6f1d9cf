import Foundation
import HandbookModel
import HandbookOutput

/// Where Pagefind is, and how its index is written into the site. The index is written into
/// staging before the swap, so a build stays atomic (see `SearchFeed`); the same site always
/// gives the same index, byte for byte. Without Pagefind the site has no search.
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
    /// `pip install 'pagefind[bin]'` installs. Python is asked only where the package is: importing
    /// it would load modules the answer does not need.
    private static func locate() -> SearchIndexer? {
        if let named = ProcessInfo.processInfo.environment["PAGEFIND_BINARY_PATH"], !named.isEmpty {
            return FileManager.default.isExecutableFile(atPath: named) ? SearchIndexer(binary: named) : nil
        }
        let ask = """
            from importlib.machinery import PathFinder
            for name in ("pagefind_bin_extended", "pagefind_bin"):
                found = PathFinder.find_spec(name)
                if found and found.submodule_search_locations:
                    print(found.submodule_search_locations[0])
            """
        guard let found = ChildProcess.output(of: "/usr/bin/env", ["python3", "-c", ask]) else { return nil }
        // Each package holds the program under its own name or the extended edition's.
        for folder in String(decoding: found, as: UTF8.self).split(separator: "\n") {
            for program in ["pagefind_extended", "pagefind"] {
                let path = folder + "/" + program
                if FileManager.default.isExecutableFile(atPath: path) { return SearchIndexer(binary: path) }
            }
        }
        return nil
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
