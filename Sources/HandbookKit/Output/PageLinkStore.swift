import HandbookSite

/// The ids and links of every page of the last build, kept beside its cache so the next build
/// can check links into and out of the pages it keeps without reading them back. Three lines a
/// page: its path, then its ids, then its links, each value led by a unit separator. A page
/// with a value that holds a line break or that separator is left out, and its policy is then
/// rendered again rather than kept.
enum PageLinkStore {
    static let metadataName = "page-links"
    private static let separator = UInt8(0x1F)
    private static let newline = UInt8(ascii: "\n")

    static func encode(_ pages: [SiteLinkChecker.PageLinks]) -> [UInt8] {
        var bytes: [UInt8] = []
        for page in pages where storable(page) {
            bytes += page.path.utf8
            bytes.append(newline)
            for list in [page.ids, page.hrefs] {
                for value in list {
                    bytes.append(separator)
                    bytes += value.utf8
                }
                bytes.append(newline)
            }
        }
        return bytes
    }

    /// The pages by path; empty when the bytes are not whole.
    static func decode(_ bytes: [UInt8]) -> [String: SiteLinkChecker.PageLinks] {
        let lines = bytes.split(separator: newline, omittingEmptySubsequences: false)
        // The bytes end with a line break, so the last piece is empty.
        guard lines.count % 3 == 1, lines.last?.isEmpty == true else { return [:] }
        var pages: [String: SiteLinkChecker.PageLinks] = [:]
        var index = 0
        while index + 2 < lines.count {
            let path = String(decoding: lines[index], as: UTF8.self)
            pages[path] = SiteLinkChecker.PageLinks(path: path, ids: values(lines[index + 1]), hrefs: values(lines[index + 2]))
            index += 3
        }
        return pages
    }

    private static func values(_ line: ArraySlice<UInt8>) -> [String] {
        line.split(separator: separator, omittingEmptySubsequences: false).dropFirst().map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    private static func storable(_ page: SiteLinkChecker.PageLinks) -> Bool {
        !page.path.utf8.contains(newline) && (page.ids + page.hrefs).allSatisfy { value in
            !value.utf8.contains(newline) && !value.utf8.contains(separator)
        }
    }
}
