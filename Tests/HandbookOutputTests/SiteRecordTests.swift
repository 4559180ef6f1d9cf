import Foundation
@testable import HandbookOutput
import Testing

/// The record of a site's folders, by which a build lists again only the folders of the previous
/// site that changed since.
@Suite struct SiteRecordTests {
    private func smallSite(_ scratch: ScratchFolder) throws -> SiteRecord {
        for page in ["a/index.html", "a/x/index.html", "b/index.html"] { try scratch.write(page, to: "site/" + page) }
        return try #require(SiteRecord.take(of: scratch.join("site"), folders: ["a", "a/x", "b"],
                                            files: ["a/index.html", "a/x/index.html", "b/index.html"]))
    }

    @Test func isReadBackAsWrittenAndDamageIsRefused() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let record = try smallSite(scratch)
        #expect(record.folders.count == 3)
        let bytes = record.encoded()
        #expect(SiteRecord(decoding: bytes) == record)
        #expect(SiteRecord(decoding: Array(bytes.dropLast())) == nil)
        #expect(SiteRecord(decoding: Array(bytes.dropLast(60))) == nil)
        #expect(SiteRecord(decoding: Array("handbook site record 1\n".utf8)) == nil)
        #expect(SiteRecord(decoding: []) == nil)
    }

    @Test func aFolderUnchangedSinceTheRecordIsTakenFromItAndAChangedOneIsRead() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        var record = try smallSite(scratch)
        // A page the record names but the disk does not hold shows that a folder was not read.
        record.files.append("a/x/unread.html")
        // Past the clock tick of the record, as any edit by hand is, where times are coarse.
        usleep(20_000)
        try scratch.write("by hand", to: "site/b/added.html")
        try scratch.write("by hand", to: "site/c/new.html")
        let found = FileTree.entries(under: scratch.join("site"), record: record)
        #expect(Set(found.files) == ["a/index.html", "a/x/index.html", "a/x/unread.html", "b/index.html", "b/added.html",
                                     "c/new.html"])
        #expect(Set(found.folders) == ["a", "a/x", "b", "c"])
        // Each folder comes before what it holds, so that removing them deepest first works.
        #expect(try #require(found.folders.firstIndex(of: "a")) < #require(found.folders.firstIndex(of: "a/x")))
    }

    @Test func aRecordOfAnotherFolderIsNotUsed() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        var record = try smallSite(scratch)
        record.files.append("a/x/unread.html")
        try FileManager.default.moveItem(atPath: scratch.join("site"), toPath: scratch.join("moved"))
        try FileManager.default.copyItem(atPath: scratch.join("moved"), toPath: scratch.join("site"))
        let found = FileTree.entries(under: scratch.join("site"), record: record)
        #expect(Set(found.files) == ["a/index.html", "a/x/index.html", "b/index.html"])
    }
}
