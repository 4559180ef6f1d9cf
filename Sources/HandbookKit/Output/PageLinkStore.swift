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

    /// The pages by path; empty when the bytes are not whole.
    static func decode(_ bytes: [UInt8]) -> [String: SiteLinkChecker.PageLinks] {
        guard let fields = PackedStrings(validating: bytes[...]) else { return [:] }
        var pages: [String: SiteLinkChecker.PageLinks] = [:]
        var page: [[UInt8]] = []
        var whole = true
        fields.forEach { field in
            page.append(Array(field))
            guard page.count == 3 else { return }
            let path = String(decoding: page[0], as: UTF8.self)
            if let ids = PackedStrings(validating: page[1][...]), let hrefs = PackedStrings(validating: page[2][...]) {
                pages[path] = SiteLinkChecker.PageLinks(path: path, ids: ids, hrefs: hrefs)
            } else {
                whole = false
            }
            page = []
        }
        return whole && page.isEmpty ? pages : [:]
    }
}
