import Foundation
import HandbookContent
import HandbookTestSupport
import Testing

/// The sub-folders of a folder, told from their entries: a link to a folder counts, anything
/// else that is not a folder does not, and hidden names are left out.
struct FolderListingTests {
    @Test func listsFoldersAndLinksToFoldersInOrder() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let manager = FileManager.default
        let root = fixture.url("content/policies")
        for folder in ["trips", "anti-bullying", ".git", "elsewhere/online-safety"] {
            try manager.createDirectory(at: fixture.url(folder.hasPrefix("elsewhere") ? folder : "content/policies/" + folder),
                                        withIntermediateDirectories: true)
        }
        try fixture.write("content/policies/notes.txt", "not a policy")
        try manager.createSymbolicLink(at: root.appendingPathComponent("online-safety"),
                                       withDestinationURL: fixture.url("elsewhere/online-safety"))
        try manager.createSymbolicLink(at: root.appendingPathComponent("a-note"),
                                       withDestinationURL: root.appendingPathComponent("notes.txt"))
        try manager.createSymbolicLink(at: root.appendingPathComponent("gone"), withDestinationURL: fixture.url("nowhere"))
        #expect(FolderListing.subfolders(of: root) == ["anti-bullying", "online-safety", "trips"])
        #expect(FolderListing.subfolders(of: fixture.url("content/none")) == [])
    }
}
