import Foundation

/// Checks every link between pages of a built site, and every `#anchor` they point at, before
/// the site is swapped in. Links leaving the site (https:, mailto: …) are not followed.
enum SiteLinkChecker {
    static let maximumReported = 20

    static func check(_ folder: URL, shownAs output: String) -> [Diagnostic] {
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).sorted()
        let files = Set(paths)
        var anchors: [String: Set<String>] = [:]
        var links: [(page: String, href: String)] = []
        for path in paths where path.hasSuffix(".html") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { continue }
            let bytes = [UInt8](data)
            anchors[path] = Set(attributeValues(named: "id", in: bytes))
            for href in attributeValues(named: "href", in: bytes) { links.append((path, href)) }
        }
        var problems: [Diagnostic] = []
        for (page, href) in links {
            guard let problem = problem(with: href, on: page, files: files, anchors: anchors) else { continue }
            problems.append(.error(at: SourceLocation(file: ContentPaths.join(output, page)),
                                   "this page links to `\(href)`, \(problem)",
                                   hint: "the link comes from a template or from the policy text; correct it there",
                                   code: "broken-link"))
        }
        if problems.count > maximumReported {
            let more = problems.count - maximumReported
            problems = Array(problems.prefix(maximumReported))
            problems.append(.error(at: SourceLocation(file: output), "and \(more) more broken links", code: "broken-link"))
        }
        return problems
    }

    /// Why a link is broken, or nil when it leads somewhere that exists.
    static func problem(with href: String, on page: String, files: Set<String>, anchors: [String: Set<String>]) -> String? {
        let escaped = href.replacingOccurrences(of: "&amp;", with: "&")
        let link = escaped.removingPercentEncoding ?? escaped
        if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/") { return nil }
        if link.hasPrefix("//") { return nil }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts.first ?? "")
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var target = page
        if !pathPart.isEmpty {
            guard let resolved = resolve(pathPart, from: page) else { return "which leads outside the site" }
            target = resolved
        }
        guard files.contains(target) else { return "which is not in the site" }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !(anchors[target]?.contains(fragment) ?? false) {
            return "but \(target) has no `#\(fragment)` on it"
        }
        return nil
    }

    /// A relative link from a page, as a path from the site root; nil when it climbs above it.
    static func resolve(_ relative: String, from page: String) -> String? {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for piece in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch piece {
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            case ".", "": continue
            default: parts.append(String(piece))
            }
        }
        var path = parts.joined(separator: "/")
        if relative.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return path
    }

    /// The values of `name="…"` attributes, found by scanning bytes.
    static func attributeValues(named name: String, in bytes: [UInt8]) -> [String] {
        let needle = Array(" \(name)=\"".utf8)
        var values: [String] = []
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                let start = index + needle.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                values.append(String(decoding: bytes[start..<end], as: UTF8.self))
                index = end
            } else {
                index += 1
            }
        }
        return values
    }
}
