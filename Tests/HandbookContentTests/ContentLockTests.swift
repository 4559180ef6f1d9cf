import Foundation
import HandbookContent
import HandbookTestSupport
import Synchronization
import Testing

/// Builds share the content folder; a release has it alone.
struct ContentLockTests {
    @Test func readersShareAndAWriterWaitsForThem() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let content = fixture.content
        let first = try #require(ContentLock(content, .shared))
        var waited = false
        let second = ContentLock(content, .shared) { waited = true }
        #expect(second != nil && !waited)
        let told = Mutex(false)
        let acquired = Mutex(false)
        let writer = Task.detached { () -> Bool in
            let lock = ContentLock(content, .exclusive) { told.withLock { $0 = true } }
            acquired.withLock { $0 = true }
            return lock != nil
        }
        // Whichever comes first: the writer is told to wait, or (wrongly) gets the lock.
        while !told.withLock({ $0 }) && !acquired.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        #expect(told.withLock { $0 })
        #expect(!acquired.withLock { $0 })
        withExtendedLifetime(first) {}
        withExtendedLifetime(second) {}
        _ = consume second
        _ = consume first
        #expect(await writer.value)
    }

    @Test func aMissingFolderIsNotLocked() {
        #expect(ContentLock("/nonexistent-\(UUID().uuidString)", .exclusive) == nil)
    }
}
