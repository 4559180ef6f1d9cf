import Foundation
import HandbookModel
@testable import HandbookOutput
import Testing

@Suite struct OutputLocationTests {
    @Test func aFileIsNotAFolder() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("not a site", to: "site")
        let output = scratch.join("site")
        #expect(throws: OutputError(.notAFolder, path: output)) {
            try StagedDiskOutput.open(output: output, protecting: [])
        }
        #expect(scratch.names() == ["site"])
        #expect(scratch.text("site") == "not a site")
    }

    @Test func aFolderOfSomeoneElsesFilesIsNotReplaced() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("my notes", to: "documents/notes.txt")
        let output = scratch.join("documents")
        #expect(throws: OutputError(.notMadeByHandbook, path: output)) {
            try StagedDiskOutput.open(output: output, protecting: [])
        }
        #expect(scratch.names() == ["documents"])
        #expect(scratch.names("documents") == ["notes.txt"])
    }

    @Test func theProtectedFolderItself() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("x", to: "content/handbook.yml")
        let content = scratch.join("content")
        #expect(throws: OutputError(.overlaps(protected: content), path: content)) {
            try StagedDiskOutput.open(output: content, protecting: [scratch.join("templates"), content])
        }
        // The same folder written another way.
        let roundabout = scratch.join("content/../content/.")
        #expect(throws: OutputError(.overlaps(protected: content), path: roundabout)) {
            try StagedDiskOutput.open(output: roundabout, protecting: [content])
        }
    }

    @Test func aFolderInsideAProtectedOne() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("x", to: "content/handbook.yml")
        let content = scratch.join("content")
        let output = scratch.join("content/site")
        #expect(throws: OutputError(.overlaps(protected: content), path: output)) {
            try StagedDiskOutput.open(output: output, protecting: [content])
        }
        #expect(scratch.names("content") == ["handbook.yml"])
    }

    @Test func aFolderHoldingAProtectedOne() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("x", to: "school/templates/page.html")
        let templates = scratch.join("school/templates")
        let output = scratch.join("school")
        #expect(throws: OutputError(.overlaps(protected: templates), path: output)) {
            try StagedDiskOutput.open(output: output, protecting: [templates])
        }
    }

    @Test func aLinkLeadingIntoAProtectedFolder() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("x", to: "content/handbook.yml")
        let content = scratch.join("content")
        try FileManager.default.createSymbolicLink(atPath: scratch.join("web"), withDestinationPath: content)
        let output = scratch.join("web/site")
        #expect(throws: OutputError(.overlaps(protected: content), path: output)) {
            try StagedDiskOutput.open(output: output, protecting: [content])
        }
        #expect(scratch.names("content") == ["handbook.yml"])
    }

    @Test func aProtectedFolderReachedThroughALink() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("x", to: "real/content/handbook.yml")
        try FileManager.default.createSymbolicLink(atPath: scratch.join("content"), withDestinationPath: scratch.join("real/content"))
        let output = scratch.join("real/content/site")
        #expect(throws: OutputError(.overlaps(protected: scratch.join("content")), path: output)) {
            try StagedDiskOutput.open(output: output, protecting: [scratch.join("content")])
        }
    }

    @Test func pathsResolveThroughLinksAndMissingFolders() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.join("real"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: scratch.join("link"), withDestinationPath: scratch.join("real"))
        #expect(RealPath.of(scratch.join("link/new/../site")) == scratch.join("real/site"))
        #expect(RealPath.of(scratch.join("link/./a//b")) == scratch.join("real/a/b"))
        let location = try OutputLocation(scratch.join("link/site"), protecting: [])
        #expect(location.parent == scratch.join("real"))
        #expect(location.name == "site")
    }

    @Test func messagesNameThePathAsWritten() {
        let error = OutputError(.overlaps(protected: "content"), path: "content/site")
        #expect(error.message.contains("content/site"))
        #expect(error.message.contains("content"))
        #expect(!error.hint.isEmpty)
    }
}
