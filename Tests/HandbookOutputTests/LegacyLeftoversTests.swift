import Foundation
@testable import HandbookOutput
import Testing

@Suite struct LegacyLeftoversTests {
    @Test func aSiteLeftAsideByAKilledSwapIsPutBack() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write(SiteMarker.text, to: ".site.previous/\(SiteMarker.name)")
        try scratch.write("last good", to: ".site.previous/index.html")
        try scratch.write("half", to: ".site.building/index.html")

        let sink = try StagedDiskOutput.open(output: scratch.join("site"), protecting: [])
        sink.discard()
        #expect(scratch.names() == ["site"])
        #expect(scratch.text("site/index.html") == "last good")
    }

    @Test func theOldCacheAndFoldersBesideASiteAreRemoved() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try buildSite(scratch.join("site"), build: "current")
        try scratch.write("{}", to: ".site.handbook-cache.json")
        try scratch.write("older", to: ".site.previous/index.html")
        try scratch.write("half", to: ".site.building/index.html")

        try buildSite(scratch.join("site"), build: "next")
        #expect(scratch.names() == ["site"])
        #expect(scratch.text("site/index.html") == "next index")
    }
}
