import Foundation
@testable import HandbookOutput
import Testing

/// The writing out of a new site while its pages are written: it goes on until it is stopped,
/// and then does nothing more.
@Suite struct WritebackTests {
    @Test func writesOutUntilStoppedAndNotAfter() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.write("page", to: "site/index.html")
        let writeback = Writeback(scratch.join("site"), every: .milliseconds(2))
        let deadline = ContinuousClock.now + .seconds(30)
        while writeback.syncs < 2, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(writeback.syncs >= 2)
        writeback.stop()
        // A sync already under way when it was stopped may still finish.
        try await Task.sleep(for: .milliseconds(50))
        let afterStop = writeback.syncs
        try await Task.sleep(for: .milliseconds(100))
        #expect(writeback.syncs == afterStop)
        writeback.stop()
    }

    @Test func aFolderThatCannotBeOpenedIsNeverWrittenOut() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let writeback = Writeback(scratch.join("missing"), every: .milliseconds(1))
        try await Task.sleep(for: .milliseconds(50))
        #expect(writeback.syncs == 0)
        writeback.stop()
    }
}
