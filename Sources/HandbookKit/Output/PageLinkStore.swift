import HandbookOutput
import HandbookSite

/// The ids and links of every page of the last build, kept beside its cache so the next build
/// can check links into and out of the pages it keeps without reading them back. Each page is
/// three fields, each led by its length as in `PackedStrings`: its path, its ids, its links.
enum PageLinkStore {
    static let metadataName = "page-links"

    /// Written into the staging folder, so it is swapped in with the site it describes.
    static func save(_ pages: [SiteLinkChecker.PageLinks], into sink: StagedDiskOutput) throws(WriteFailure) {
        do {
            try sink.writeMetadata(metadataName, encode(pages))
        } catch {
            throw WriteFailure(error)
        }
    }

    static func encode(_ pages: [SiteLinkChecker.PageLinks]) -> [UInt8] {
        var fields = PackedStrings()
        // Sized at once: for a large site this is the largest buffer the build makes.
        fields.reserveCapacity(pages.reduce(0) { $0 + 15 + $1.path.utf8.count + $1.packedIDs.bytes.count + $1.packedHrefs.bytes.count })
        for page in pages {
            fields.append(page.path.utf8)
            fields.append(page.packedIDs.bytes)
            fields.append(page.packedHrefs.bytes)
        }
        return fields.bytes
    }

    /// The pages by path; empty when the bytes are not whole. Read in one pass: each page's ids
    /// and links are copied once, out of the bytes, and nothing else is.
    static func decode(_ bytes: [UInt8]) -> [String: SiteLinkChecker.PageLinks] {
        var reader = PackedStrings.Reader(bytes[...])
        var pages: [String: SiteLinkChecker.PageLinks] = [:]
        while !reader.isAtEnd {
            guard let path = reader.next(), let ids = reader.next().flatMap(PackedStrings.init(validating:)),
                  let hrefs = reader.next().flatMap(PackedStrings.init(validating:)) else { return [:] }
            let name = String(decoding: path, as: UTF8.self)
            pages[name] = SiteLinkChecker.PageLinks(path: name, ids: ids, hrefs: hrefs)
        }
        return pages
    }
}
