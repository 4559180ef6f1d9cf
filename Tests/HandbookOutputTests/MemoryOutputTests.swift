@testable import HandbookOutput
import Testing

@Suite struct MemoryOutputTests {
    @Test func holdsWhatWasWritten() throws {
        let sink = MemoryOutput()
        try sink.write("home", to: "index.html")
        try sink.write("a", to: "policies/a.html")
        #expect(sink.snapshot == ["index.html": Array("home".utf8), "policies/a.html": Array("a".utf8)])
        #expect(sink.files["index.html"] == MemoryOutput.stamp(of: Array("home".utf8)))
    }

    @Test func reusesUnchangedFilesOfThePreviousSnapshot() throws {
        let first = MemoryOutput()
        try first.write("kept", to: "kept.html")
        try first.write("old", to: "changed.html")
        let second = MemoryOutput(previous: first.snapshot)
        #expect(second.reuse("kept.html", stamp: first.files["kept.html"]))
        #expect(!second.reuse("changed.html", stamp: MemoryOutput.stamp(of: Array("other".utf8))))
        #expect(!second.reuse("absent.html", stamp: first.files["kept.html"]))
        try second.write("new", to: "changed.html")
        #expect(second.snapshot == ["kept.html": Array("kept".utf8), "changed.html": Array("new".utf8)])
        #expect(first.snapshot["changed.html"] == Array("old".utf8))
    }

    @Test func takesWritesFromManyTasksAtOnce() async throws {
        let sink = MemoryOutput()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for page in 0..<200 {
                group.addTask { try sink.write("page \(page)", to: "p/\(page).html") }
            }
            try await group.waitForAll()
        }
        #expect(sink.files.count == 200)
    }
}
