import Foundation
import HandbookModel
import HandbookOutput
import Testing

/// The one check every writer makes: never into a site, content/ or templates/, wherever a
/// symbolic link leads.
struct WriteGuardTests {
    private func refusal(_ path: String, _ folders: [GuardedFolder]) -> WriteRefusal? {
        do {
            try WriteGuard.check(path, what: "the records folder", guarding: folders)
            return nil
        } catch {
            return error
        }
    }

    @Test func aPlaceInsideAGuardedFolderIsRefusedWithTheFolderNamed() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let templates = scratch.join("templates")
        let refused = try #require(refusal(templates + "/assets/rec", [GuardedFolder(.content, scratch.join("content")),
                                                                        GuardedFolder(.templates, templates)]))
        #expect(refused.role == .templates && refused.folder == templates && refused.linkedTo == nil)
        #expect(refused.message == "the records folder \(templates)/assets/rec is inside the templates folder \(templates), whose files can end up in the published site")
        #expect(refusal(scratch.join("records"), [GuardedFolder(.templates, templates)]) == nil)
        #expect(refusal(scratch.join("templates-old/rec"), [GuardedFolder(.templates, templates)]) == nil)
    }

    @Test func aLinkIsFollowedAndSaidToBeOne() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.join("templates/assets"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.join("recs"), withDestinationPath: scratch.join("templates/assets"))
        let refused = try #require(refusal(scratch.join("recs/rec"), [GuardedFolder(.templates, scratch.join("templates"))]))
        #expect(refused.linkedTo == scratch.join("templates/assets/rec"))
        #expect(refused.message.contains("(a symbolic link leads it to \(scratch.join("templates/assets/rec")))"))
    }

    /// Writing through a link whose target is not there yet would make the target.
    @Test func aLinkToNothingYetIsFollowedToWhereItWouldWrite() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.join("templates/assets"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.join("records"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.join("records/records.sqlite"), withDestinationPath: "../templates/assets/names.sqlite")
        #expect(RealPath.of(scratch.join("records/records.sqlite")) == scratch.join("templates/assets/names.sqlite"))
        let refused = try #require(refusal(scratch.join("records/records.sqlite"), [GuardedFolder(.templates, scratch.join("templates"))]))
        #expect(refused.linkedTo == scratch.join("templates/assets/names.sqlite"))
        try FileManager.default.createSymbolicLink(atPath: scratch.join("loop"), withDestinationPath: scratch.join("loop"))
        #expect(RealPath.of(scratch.join("loop/x")).hasSuffix("/loop/x"))
    }

    @Test func anyFolderABuildMarkedIsASite() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write(SiteMarker.text, to: "published/\(SiteMarker.name)")
        let refused = try #require(refusal(scratch.join("published/forms/named"), []))
        #expect(refused.role == .site)
        #expect(refused.message == "the records folder \(scratch.join("published/forms/named")) is inside the published site \(scratch.join("published")), and names must never be published")
    }
}
