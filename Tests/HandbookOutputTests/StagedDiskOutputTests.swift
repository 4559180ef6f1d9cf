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
        #expect(scratch.names("site") == [".handbook", ".handbook-site", "assets", "index.html"])
        #expect(scratch.names("site/.handbook") == [SiteRecord.metadataName])
        #expect(scratch.text("site/.handbook-site") == SiteMarker.text)
        #expect(scratch.text("site/assets/css/site.css") == "body {}")
        #expect(Set(sink.files.keys) == ["index.html", "assets/css/site.css"])
        #expect(sink.files == StagedDiskOutput.listFiles(under: scratch.join("site")))
    }

    @Test func metadataTravelsWithTheSiteAndIsNotPartOfIt() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let first = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(first.readMetadata("build-cache.json") == nil)
        try first.write("one", to: "index.html")
        try first.writeMetadata("build-cache.json", Array("first".utf8))
        // Not there until the site it describes is.
        #expect(first.readMetadata("build-cache.json") == nil)
        try first.commit()

        let second = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(second.readMetadata("build-cache.json") == Array("first".utf8))
        try second.write("two", to: "index.html")
        try second.writeMetadata("build-cache.json", Array("second".utf8))
        try second.commit()

        let third = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(third.readMetadata("build-cache.json") == Array("second".utf8))
        third.discard()
        #expect(Array(second.files.keys) == ["index.html"])
        #expect(Array(StagedDiskOutput.listFiles(under: output).keys) == ["index.html"])
        #expect(scratch.names() == ["site"])
        #expect(throws: OutputError(.unsafePath, path: "../escape")) {
            try third.writeMetadata("../escape", [])
        }
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
        let before = StagedDiskOutput.listFiles(under: scratch.join("site"))
        let sink = try StagedDiskOutput.open(output: scratch.join("site"), protecting: [])
        try sink.write("new", to: "index.html")
        sink.discard()
        #expect(scratch.names() == ["site"])
        #expect(StagedDiskOutput.listFiles(under: scratch.join("site")) == before)
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
