import Foundation
import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// Checks every link between pages of a built site, and every `#anchor` they point at, before
/// the site is swapped in. Links leaving the site (https:, mailto: …) are not followed.
///
/// Each page's ids and links are read from its HTML when it is written (`PageLinks`), so the
/// check itself reads no files and resolves each distinct link once per folder.
package enum SiteLinkChecker {
    package static let maximumReported = 20

    /// The `id` and `href` attribute values of one page.
    package struct PageLinks: Sendable {
        package let path: String
        package let ids: [String]
        package let hrefs: [String]
        /// The template that made the page, and where its links from content files were written.
        package let template: String?
        package let linkSources: [String: SourceLocation]

        /// A page read from its HTML, as it is written, without a copy.
        package init(path: String, html: some ContiguousBytes, template: String? = nil,
                     linkSources: [String: SourceLocation] = [:]) {
            self.path = path
            self.template = template
            self.linkSources = linkSources
            (ids, hrefs) = html.withUnsafeBytes { SiteLinkChecker.attributes(in: $0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Problems with the links of `pages`; `files` is every file of the site, by path from its root.
    /// A broken link is reported where it was written: the line of policy.md, or the page's
    /// template, in the file `templateFile` gives for its name.
    package static func check(_ pages: [PageLinks], files: Set<String>, shownAs output: String,
                              templateFile: @escaping @Sendable (String) -> String = { "templates/\($0).mustache" }) -> [Diagnostic] {
        let anchors = Anchors(pages)
        // The pages are checked in a few runs side by side; their problems are put back in page order.
        let sorted = pages.sorted { $0.path < $1.path }
        let runs = Swift.min(Swift.max(1, ProcessInfo.processInfo.activeProcessorCount), Swift.max(1, sorted.count / 256))
        var problems = Array(0..<runs).parallelMap { run in
            let slice = sorted[(sorted.count * run / runs)..<(sorted.count * (run + 1) / runs)]
            return Self.problems(in: slice, files: files, anchors: anchors, output: output, templateFile: templateFile)
        }.flatMap { $0 }
        if problems.count > maximumReported {
            let more = problems.count - maximumReported
            problems = Array(problems.prefix(maximumReported))
            problems.append(.error(at: SourceLocation(file: output), "and \(more) more broken links", code: "broken-link"))
        }
        return problems
    }

    /// The ids of every page, each made a set only when a link first points at the page: most
    /// pages are linked to from a few others, or none.
    private struct Anchors {
        private let lists: [String: [String]]
        private var sets: [String: Set<String>] = [:]

        init(_ pages: [PageLinks]) {
            lists = Dictionary(pages.map { ($0.path, $0.ids) }, uniquingKeysWith: { _, last in last })
        }

        /// The ids on the page at `path`; nil when no page of the site is there.
        mutating func ids(of path: String) -> Set<String>? {
            if let made = sets[path] { return made }
            guard let ids = lists[path] else { return nil }
            let made = Set(ids)
            sets[path] = made
            return made
        }
    }

    private static func problems(in pages: ArraySlice<PageLinks>, files: Set<String>, anchors: Anchors,
                                 output: String, templateFile: (String) -> String) -> [Diagnostic] {
        var anchors = anchors
        // A link that climbs exactly to the site root before it goes down (`../../staff/` from
        // two folders down) leads to the same place from every page at that depth, so it is
        // resolved once for the whole run; one that climbs less depends on the page's folder.
        var fromRoot: [Substring: Destination] = [:]
        var problems: [Diagnostic] = []
        for page in pages {
            let folder = PageFolder(page: page.path)
            let own = anchors.ids(of: page.path) ?? []
            for href in page.hrefs {
                let link = unescaped(href)
                let hash = offset(of: UInt8(ascii: "#"), in: link).map { link.utf8.index(link.utf8.startIndex, offsetBy: $0) }
                    ?? link.endIndex
                let path = link[..<hash]
                let destination: Destination
                if path.isEmpty {
                    destination = .page(own, isHTML: true, path: page.path)
                } else if climbs(path) == folder.depth {
                    if let seen = fromRoot[path] {
                        destination = seen
                    } else {
                        destination = Destination(path, from: folder, files: files, anchors: &anchors)
                        // The links every page shares are met first and again; a long list of
                        // every page's (topics A to Z) would only fill memory.
                        if fromRoot.count >= 1024 { fromRoot.removeAll(keepingCapacity: true) }
                        fromRoot[path] = destination
                    }
                } else {
                    destination = Destination(path, from: folder, files: files, anchors: &anchors)
                }
                let problem = destination.problem(fragment: hash < link.endIndex ? link[link.index(after: hash)...] : "")
                guard let problem else { continue }
                if let source = page.linkSources[href] ?? page.linkSources[link] {
                    problems.append(.error(at: source, "this link leads nowhere: on \(page.path) it points to `\(href)`, \(problem)",
                                           hint: "correct the link's address in the policy text",
                                           code: "broken-link"))
                } else if let template = page.template {
                    problems.append(.error(at: SourceLocation(file: templateFile(template)),
                                           "\(page.path) links to `\(href)`, \(problem)",
                                           hint: "the link is written in this template or a partial it uses; correct it there",
                                           code: "broken-link"))
                } else {
                    problems.append(.error(at: SourceLocation(file: ContentPaths.join(output, page.path)),
                                           "this page links to `\(href)`, \(problem)",
                                           hint: "the link comes from a template or from the policy text; correct it there",
                                           code: "broken-link"))
                }
            }
        }
        return problems
    }

    /// What the path part of a link leads to, seen from one folder.
    private enum Destination {
        case external
        case broken(String)
        case page(Set<String>, isHTML: Bool, path: String)

        init(_ path: Substring, from folder: PageFolder, files: Set<String>, anchors: inout Anchors) {
            if let colon = path.utf8.firstIndex(of: UInt8(ascii: ":")), !path.utf8[..<colon].contains(UInt8(ascii: "/")) {
                self = .external
            } else if path.hasPrefix("//") {
                self = .external
            } else if let target = folder.resolve(path) {
                self = files.contains(target)
                    ? .page(anchors.ids(of: target) ?? [], isHTML: target.hasSuffix(".html"), path: target)
                    : .broken("which is not in the site")
            } else {
                self = .broken("which leads outside the site")
            }
        }

        package func problem(fragment: Substring) -> String? {
            switch self {
            case .external: return nil
            case .broken(let problem): return problem
            case .page(let ids, let isHTML, let path):
                guard !fragment.isEmpty, isHTML, !ids.contains(String(fragment)) else { return nil }
                return "but \(path) has no `#\(fragment)` on it"
            }
        }
    }

    /// How many `../` a link starts with.
    private static func climbs(_ path: Substring) -> Int {
        let bytes = path.utf8, dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")
        var count = 0
        var index = bytes.startIndex
        while let end = bytes.index(index, offsetBy: 3, limitedBy: bytes.endIndex), bytes[index] == dot,
              bytes[bytes.index(after: index)] == dot, bytes[bytes.index(index, offsetBy: 2)] == slash {
            count += 1
            index = end
        }
        return count
    }

    /// The address a browser follows: `&amp;` as `&`, and percent escapes decoded.
    private static func unescaped(_ href: String) -> String {
        let escaped = offset(of: UInt8(ascii: "&"), in: href) != nil ? href.replacingOccurrences(of: "&amp;", with: "&") : href
        return offset(of: UInt8(ascii: "%"), in: escaped) != nil ? (escaped.removingPercentEncoding ?? escaped) : escaped
    }

    /// Where `byte` first is in `text`'s UTF-8, looked for in its storage rather than byte by byte.
    private static func offset(of byte: UInt8, in text: String) -> Int? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.firstIndex(of: byte) }
        return found ?? text.utf8.firstIndex(of: byte).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
    }

    /// A relative link from a page, as a path from the site root; nil when it climbs above it.
    package static func resolve(_ relative: String, from page: String) -> String? {
        PageFolder(page: page).resolve(relative[...])
    }

    /// The values of ` id="…"` and ` href="…"` attributes, found by scanning bytes: attribute
    /// values the templates write are always double-quoted, and text never holds a bare `"`.
    package static func attributes(in bytes: UnsafeBufferPointer<UInt8>) -> (ids: [String], hrefs: [String]) {
        var ids: [String] = []
        var hrefs: [String] = []
        let equals = UInt8(ascii: "="), quote = UInt8(ascii: "\"")
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == equals, bytes[index + 1] == quote else { index += 1; continue }
            let isID = index >= 3 && bytes[index - 3] == UInt8(ascii: " ") && bytes[index - 2] == UInt8(ascii: "i")
                && bytes[index - 1] == UInt8(ascii: "d")
            let isHref = !isID && index >= 5 && bytes[index - 5] == UInt8(ascii: " ")
                && bytes[index - 4] == UInt8(ascii: "h") && bytes[index - 3] == UInt8(ascii: "r")
                && bytes[index - 2] == UInt8(ascii: "e") && bytes[index - 1] == UInt8(ascii: "f")
            let start = index + 2
            var end = start
            while end < bytes.count, bytes[end] != quote { end += 1 }
            if isID {
                ids.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            } else if isHref {
                hrefs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
            index = end + 1
        }
        return (ids, hrefs)
    }
}
