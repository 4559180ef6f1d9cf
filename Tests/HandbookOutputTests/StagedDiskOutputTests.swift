import Foundation
@testable import HandbookOutput
import Testing

@Suite struct StagedDiskOutputTests {
    @Test func commitsASiteAndLeavesNothingElseBesideIt() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let sink = try StagedDiskOutput.open(output: scratch.join("site"), protecting: [])
        try sink.write("<h1>Home</h1>", to: "index.html")
        try sink.write("body {}", to: "assets/css/site.css")
        try sink.commit()

        #expect(scratch.names() == ["site"])
        #expect(scratch.files("site") == [".handbook-site": SiteMarker.text, "assets/css/site.css": "body {}",
                                          "index.html": "<h1>Home</h1>"])
        #expect(sink.files == ["index.html", "assets/css/site.css"])
    }

    @Test func theNewSiteHoldsOnlyWhatItsBuildWrote() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        try buildSite(output, build: "old", pages: 3)
        // Put there by hand, and left by an older version of handbook that kept its records here.
        try scratch.write("stray", to: "site/notes.txt")
        try scratch.write("stray", to: "site/policies/page-0/extra.html")
        try scratch.write("old record", to: "site/.handbook/build-cache")
        try scratch.write("old page", to: "site/.handbook/previous/policies/page-9.html")

        try buildSite(output, build: "new", pages: 2)
        #expect(scratch.files("site") == [".handbook-site": SiteMarker.text, "index.html": "new index",
                                          "policies/page-0.html": "new page 0", "policies/page-1.html": "new page 1"])
        #expect(scratch.names() == ["site"])
    }

    @Test func staleStagingFoldersOfKilledBuildsAreRemoved() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try buildSite(scratch.join("site"), build: "old")
        try scratch.write("half", to: ".site.building-99999/index.html")
        try scratch.write("half", to: ".site.building-1/a/b.html")
        try scratch.write("someone else's", to: ".other.building-1/index.html")

        let sink = try StagedDiskOutput.open(output: scratch.join("site"), protecting: [])
        #expect(scratch.names() == [".other.building-1", ".site.building-\(getpid())", "site"])
        #expect(scratch.names(".site.building-\(getpid())").isEmpty)
        sink.discard()
        #expect(scratch.names() == [".other.building-1", "site"])
    }

    @Test func discardLeavesTheOutputAsItWas() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let fresh = try StagedDiskOutput.open(output: scratch.join("site"), protecting: [])
        try fresh.write("new", to: "index.html")
        fresh.discard()
        #expect(scratch.names().isEmpty)

        try buildSite(scratch.join("site"), build: "old")
        let before = scratch.files("site")
        let sink = try StagedDiskOutput.open(output: scratch.join("site"), protecting: [])
        try sink.write("new", to: "index.html")
        try sink.write("new", to: "policies/new.html")
        sink.discard()
        #expect(scratch.names() == ["site"])
        #expect(scratch.files("site") == before)
        #expect(scratch.text("site/index.html") == "old index")
        #expect(throws: OutputError.self) { try sink.write("late", to: "late.html") }
    }

    @Test func anEmptyFolderMayBeReplaced() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.join("site"), withIntermediateDirectories: false)
        try buildSite(scratch.join("site"), build: "first")
        #expect(scratch.text("site/index.html") == "first index")
    }

    @Test func missingFoldersAboveTheOutputAreMade() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try buildSite(scratch.join("public/www/site"), build: "first")
        #expect(scratch.names("public/www") == ["site"])
    }

    @Test func aLinkedOutputReplacesTheFolderItLeadsTo() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try buildSite(scratch.join("real/site"), build: "first")
        try FileManager.default.createSymbolicLink(atPath: scratch.join("link"), withDestinationPath: scratch.join("real/site"))
        try buildSite(scratch.join("link"), build: "second")
        #expect(scratch.text("real/site/index.html") == "second index")
        #expect(scratch.names("real") == ["site"])
        let kind = try FileManager.default.attributesOfItem(atPath: scratch.join("link"))[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
    }
}
