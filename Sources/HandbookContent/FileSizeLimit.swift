import Foundation
import HandbookModel

/// How large a content file may be. A school's longest policy is a few hundred kilobytes; a file
/// far past these sizes is a mistake (a pasted export, the wrong file) and would only make every
/// command slow, so it is refused by name before it is read.
package enum FileSizeLimit {
    /// policy.md and any other text: a policy many times longer than any school writes.
    package static let text = 2_000_000
    /// rules.yml, glossary.yml, handbook.yml, edition.yml.
    package static let yaml = 1_000_000

    package static func bytes(for path: String) -> Int {
        path.hasSuffix(".yml") || path.hasSuffix(".yaml") ? yaml : text
    }

    /// An error when the file at `url` is larger than its limit; nil when it is not, or is not a file.
    package static func refusal(of url: URL, shownAs path: String) -> Diagnostic? {
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let limit = bytes(for: path)
        guard Int(info.st_size) > limit else { return nil }
        return .error(at: SourceLocation(file: path),
                      "this file is \(size(Int(info.st_size), limit: limit)), more than the \(megabytes(limit)) a handbook file may be, so it is not read",
                      hint: limit == yaml
                          ? "check that this is the right file: a handbook's YAML files are a few kilobytes, so remove whatever was pasted in by mistake"
                          : "check that this is the right file: a policy this long should be split into several policies")
    }

    /// To the nearest tenth; a file so near its limit that this would read as the limit itself
    /// is given in bytes.
    private static func size(_ bytes: Int, limit: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        if tenths * 100_000 <= limit { return "\(bytes) bytes" }
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    private static func megabytes(_ bytes: Int) -> String {
        "\(bytes / 1_000_000) MB"
    }
}
