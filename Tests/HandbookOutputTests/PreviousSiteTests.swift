import Foundation
@testable import HandbookOutput
import Testing

@Suite struct PreviousSiteTests {
    /// Three builds of a small site: the second replaces the first, which it keeps as its
    /// previous site; the third starts from that one. Returns the second build's stamps.
    private func twoBuilds(_ output: String) throws -> [String: String] {
        let first = try StagedDiskOutput.open(output: output, protecting: [])
        try first.write("kept", to: "policies/kept/index.html")
        try first.write("one", to: "policies/changed/index.html")
        try first.write("gone", to: "policies/gone/index.html")
        try first.writeMetadata("cache", Array("first".utf8))
        try first.commit()

        let second = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(second.reuse("policies/kept/index.html", stamp: first.files["policies/kept/index.html"]))
        try second.write("two", to: "policies/changed/index.html")
        #expect(second.reuse("policies/gone/index.html", stamp: first.files["policies/gone/index.html"]))
        try second.writeMetadata("cache", Array("second".utf8))
        try second.commit()
        return second.files
    }

    @Test func theReplacedSiteIsKeptInsideTheNewOneAndNothingIsLeftBesideIt() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        _ = try twoBuilds(output)
        #expect(scratch.names() == ["site"])
        #expect(scratch.names("site/.handbook") == ["cache", PreviousSite.name, SiteRecord.previousName, SiteRecord.metadataName])
        #expect(scratch.text("site/.handbook/previous/policies/changed/index.html") == "one")
        // The page the second build kept is one file in both sites, not a copy.
        let live = try #require(try Disk.status(output + "/policies/kept/index.html"))
        let kept = try #require(try Disk.status(PreviousSite.path(in: output) + "/policies/kept/index.html"))
        #expect(live.st_ino == kept.st_ino)
        // The previous site is not part of the site.
        #expect(Set(StagedDiskOutput.listFiles(under: output).keys)
            == ["policies/kept/index.html", "policies/changed/index.html", "policies/gone/index.html"])
    }

    @Test func aBuildStartsFromThePreviousSiteAndEndsAsAFreshBuildWould() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let stamps = try twoBuilds(output)

        let third = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(third.startFromPreviousSite())
        #expect(!FileManager.default.fileExists(atPath: PreviousSite.path(in: output)))
        // Kept as it is in the previous site: no new link is made.
        #expect(third.reuse("policies/kept/index.html", stamp: stamps["policies/kept/index.html"]))
        let staged = try #require(try Disk.status(third.staging + "/policies/kept/index.html"))
        #expect(staged.st_nlink == 2)
        // Changed since the previous site: linked from the published one.
        #expect(third.reuse("policies/changed/index.html", stamp: stamps["policies/changed/index.html"]))
        #expect(scratch.text(".site.building-\(getpid())/policies/changed/index.html") == "two")
        try third.write("new", to: "policies/new/index.html")
        try third.commit()

        #expect(scratch.names() == ["site"])
        #expect(StagedDiskOutput.listFiles(under: output) == third.files)
        #expect(Set(third.files.keys) == ["policies/kept/index.html", "policies/changed/index.html", "policies/new/index.html"])
        #expect(scratch.names("site/policies") == ["changed", "kept", "new"])
        #expect(scratch.text("site/policies/changed/index.html") == "two")
        #expect(scratch.text("site/.handbook/previous/policies/gone/index.html") == "gone")
    }

    @Test func nothingPutInThePreviousSiteByHandIsPublished() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let stamps = try twoBuilds(output)
        let previous = ".handbook/previous"
        try scratch.write("names", to: "site/\(previous)/roster.csv")
        try scratch.write("names", to: "site/\(previous)/policies/kept/roster.csv")
        try scratch.write("names", to: "site/\(previous)/private/a/b.txt")
        try FileManager.default.createDirectory(atPath: scratch.join("site/\(previous)/empty"), withIntermediateDirectories: true)
        // A page edited in place in the previous site is a different file from the one recorded.
        try scratch.write("edited", to: "site/\(previous)/policies/changed/index.html")
        // A link where a folder of the site belongs would lead writes out of it.
        try scratch.write("outside", to: "outside/index.html")
        try FileManager.default.removeItem(atPath: scratch.join("site/\(previous)/policies/gone"))
        try FileManager.default.createSymbolicLink(atPath: scratch.join("site/\(previous)/policies/gone"),
                                                   withDestinationPath: scratch.join("outside"))

        let third = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(third.startFromPreviousSite())
        #expect(third.reuse("policies/kept/index.html", stamp: stamps["policies/kept/index.html"]))
        #expect(third.reuse("policies/changed/index.html", stamp: stamps["policies/changed/index.html"]))
        try third.write("back", to: "policies/gone/index.html")
        try third.commit()

        #expect(scratch.names("site") == [".handbook", ".handbook-site", "policies"])
        #expect(scratch.names("site/policies") == ["changed", "gone", "kept"])
        #expect(scratch.names("site/policies/kept") == ["index.html"])
        #expect(scratch.text("site/policies/changed/index.html") == "two")
        let gone = try #require(try Disk.status(output + "/policies/gone"))
        #expect(gone.st_mode & S_IFMT == S_IFDIR)
        #expect(scratch.text("site/policies/gone/index.html") == "back")
        #expect(scratch.text("outside/index.html") == "outside")
        #expect(StagedDiskOutput.listFiles(under: output) == third.files)
    }

    /// A page added by hand to the published site is gone once that site is the one a build
    /// starts from, although its folders were recorded when it was built.
    @Test func aPageAddedByHandToAPublishedSiteIsRemovedWhenItIsThePrevious() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let stamps = try twoBuilds(output)
        // Past the clock tick of the record, as any edit by hand is, where times are coarse.
        usleep(20_000)
        try scratch.write("by hand", to: "site/policies/kept/roster.html")
        try scratch.write("by hand", to: "site/policies/new/index.html")
        for build in ["third", "fourth"] {
            let sink = try StagedDiskOutput.open(output: output, protecting: [])
            #expect(sink.startFromPreviousSite())
            for (path, stamp) in stamps { #expect(sink.reuse(path, stamp: stamp)) }
            try sink.writeMetadata("cache", Array(build.utf8))
            try sink.commit()
            #expect(StagedDiskOutput.listFiles(under: output) == sink.files)
        }
        #expect(scratch.names("site/policies") == ["changed", "gone", "kept"])
        #expect(scratch.names("site/policies/kept") == ["index.html"])
    }

    @Test func aFolderWhereAPageBelongsIsReplacedByThePage() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        _ = try twoBuilds(output)
        try scratch.write("old", to: "site/.handbook/previous/feed.xml/index.html")

        let third = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(third.startFromPreviousSite())
        try third.write("<feed/>", to: "feed.xml")
        try third.commit()
        #expect(scratch.text("site/feed.xml") == "<feed/>")
    }

    @Test func aStoppedBuildLeavesThePublishedSiteAsItWasAndItsWorkIsNotTrusted() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let stamps = try twoBuilds(output)
        let before = StagedDiskOutput.listFiles(under: output)

        let third = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(third.startFromPreviousSite())
        try third.write("half", to: "policies/kept/index.html")
        try third.write("half", to: "policies/half/index.html")
        third.discard()
        #expect(scratch.names() == ["site"])
        #expect(StagedDiskOutput.listFiles(under: output) == before)
        #expect(scratch.text("site/policies/kept/index.html") == "kept")
        // What it wrote went back with the previous site, which the next build starts from.
        #expect(scratch.text("site/.handbook/previous/policies/kept/index.html") == "half")

        let fourth = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(fourth.startFromPreviousSite())
        for (path, stamp) in stamps { #expect(fourth.reuse(path, stamp: stamp)) }
        try fourth.commit()
        #expect(StagedDiskOutput.listFiles(under: output) == before)
        #expect(scratch.text("site/policies/kept/index.html") == "kept")
    }

    @Test func aBuildWithNoPreviousSiteStartsFromAnEmptyFolder() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try buildSite(scratch.join("site"), build: "first")
        let second = try StagedDiskOutput.open(output: scratch.join("site"), protecting: [])
        #expect(!second.startFromPreviousSite())
        #expect(scratch.names(".site.building-\(getpid())").isEmpty)
        second.discard()
        #expect(scratch.names() == ["site"])
    }

    @Test func aSiteThatStillHoldsItsOwnPreviousSiteIsNotKeptInside() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        _ = try twoBuilds(output)
        // A build that does not start from the previous site replaces a site holding one.
        try buildSite(output, build: "third")
        #expect(scratch.names("site/.handbook") == [PreviousSite.name, SiteRecord.previousName, SiteRecord.metadataName])
        #expect(scratch.names("site/.handbook/previous/.handbook") == ["cache", SiteRecord.previousName, SiteRecord.metadataName])
    }

    @Test func noLinkInPlaceOfAMetadataFolderMovesOrRemovesAnythingOutsideTheSite() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let stamps = try twoBuilds(output)
        try scratch.write("someone's", to: "outside/previous/keep.txt")
        // The previous site's own metadata folder is a link to somewhere else.
        try FileManager.default.removeItem(atPath: scratch.join("site/.handbook/previous/.handbook"))
        try FileManager.default.createSymbolicLink(atPath: scratch.join("site/.handbook/previous/.handbook"),
                                                   withDestinationPath: scratch.join("outside"))
        let third = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(third.startFromPreviousSite())
        for (path, stamp) in stamps { #expect(third.reuse(path, stamp: stamp)) }
        try third.writeMetadata("cache", Array("third".utf8))
        try third.commit()
        #expect(scratch.text("outside/previous/keep.txt") == "someone's")
        #expect(scratch.names("site/.handbook") == ["cache", PreviousSite.name, SiteRecord.previousName, SiteRecord.metadataName])

        // The published site's metadata folder is a link to somewhere else.
        try FileManager.default.removeItem(atPath: scratch.join("site/.handbook"))
        try FileManager.default.createSymbolicLink(atPath: scratch.join("site/.handbook"), withDestinationPath: scratch.join("outside"))
        let fourth = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(!fourth.startFromPreviousSite())
        for (path, stamp) in third.files { #expect(fourth.reuse(path, stamp: stamp)) }
        try fourth.writeMetadata("cache", Array("fourth".utf8))
        try fourth.commit()
        #expect(scratch.text("outside/previous/keep.txt") == "someone's")
        #expect(scratch.names("outside") == ["previous"])
        #expect(scratch.names() == ["outside", "site"])
        #expect(StagedDiskOutput.listFiles(under: output) == third.files)
    }

    @Test func leftoversAreGoneBeforeTheSiteIsReadAsAWholeAndOldMetadataByTheSwap() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.join("site")
        let stamps = try twoBuilds(output)
        try scratch.write("old index", to: "site/.handbook/previous/.handbook/search-index")

        let third = try StagedDiskOutput.open(output: output, protecting: [])
        #expect(third.startFromPreviousSite())
        #expect(third.reuse("policies/kept/index.html", stamp: stamps["policies/kept/index.html"]))
        third.pagesWritten()
        // What a search indexer reads now is this build's pages alone.
        let staged = ".site.building-\(getpid())"
        #expect(scratch.names("\(staged)/policies") == ["kept"])
        try third.write("index", to: "pagefind/index.json")
        try third.writeMetadata("cache", Array("third".utf8))
        try third.commit()
        #expect(scratch.names("site") == [".handbook", ".handbook-site", "pagefind", "policies"])
        #expect(scratch.names("site/.handbook") == ["cache", PreviousSite.name, SiteRecord.previousName, SiteRecord.metadataName])
        #expect(scratch.text("site/pagefind/index.json") == "index")
    }
}
