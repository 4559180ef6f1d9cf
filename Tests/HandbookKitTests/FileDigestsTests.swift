import Foundation
@testable import HandbookKit
import HandbookTestSupport
import Testing

/// A content file is read again whenever it may have changed, and only then.
struct FileDigestsTests {
    /// A content folder of two files, and a moment far enough ahead that both have settled.
    private func folder() throws -> (Fixture, String, later: Int) {
        let fixture = try Fixture(files: ["a.md": "first text", "b/c.yml": "key: value\n"])
        return (fixture, fixture.content, FileDigests.now() + 60)
    }

    @Test func rememberedDigestsComeBackAsTheyWentIn() throws {
        let (fixture, content, later) = try folder()
        defer { fixture.remove() }
        var digests = FileDigests()
        digests.merge(ContentTreeHash.of(content, now: later).digests)
        #expect(Set(digests.entries.keys) == [content + "/a.md", content + "/b/c.yml"])
        #expect(FileDigests(decoding: digests.encoded()).entries == digests.entries)
        #expect(FileDigests(decoding: Array(digests.encoded().dropLast())).entries.isEmpty)
        #expect(FileDigests(decoding: []).entries.isEmpty)
    }

    @Test func aFileIsReadAgainOnlyWhenItsStatusChanged() throws {
        let (fixture, content, later) = try folder()
        defer { fixture.remove() }
        let first = ContentTreeHash.of(content, now: later)
        var known = FileDigests()
        known.merge(first.digests)
        #expect(ContentTreeHash.of(content, known: known, now: later).hash == first.hash)

        // A remembered digest is trusted while the file's status is the one it was read with:
        // given a wrong one, the fingerprint follows it.
        var wrong = first.digests
        wrong[content + "/a.md"]?.digest = try #require(FileDigests.Digest(bytes: Array(repeating: 0, count: 32)[...]))
        var misled = FileDigests()
        misled.merge(wrong)
        #expect(ContentTreeHash.of(content, known: misled, now: later).hash != first.hash)

        // Any write changes the status, even one that keeps the size and the modification time.
        let path = content + "/a.md"
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        try Data("other text".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: modified as Any], ofItemAtPath: path)
        let edited = ContentTreeHash.of(content, known: misled, now: later)
        #expect(edited.hash != first.hash)
        #expect(edited.hash == ContentTreeHash.of(content, now: later).hash)
    }

    @Test func aFileWrittenInTheLastSecondsIsNotRemembered() throws {
        let (fixture, content, _) = try folder()
        defer { fixture.remove() }
        let now = ContentTreeHash.of(content)
        #expect(now.digests.isEmpty)
        #expect(now.hash == ContentTreeHash.of(content, now: FileDigests.now() + 60).hash)
    }
}
