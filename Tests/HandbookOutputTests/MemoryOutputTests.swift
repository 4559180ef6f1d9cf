@testable import HandbookOutput
import Testing

@Suite struct MemoryOutputTests {
    @Test func holdsWhatWasWritten() throws {
        let sink = MemoryOutput()
        try sink.write("home", to: "index.html")
        try sink.write("a", to: "policies/a.html")
        #expect(sink.snapshot == ["index.html": Array("home".utf8), "policies/a.html": Array("a".utf8)])
        #expect(sink.files == ["index.html", "policies/a.html"])
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
