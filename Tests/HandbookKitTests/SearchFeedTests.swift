import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import HandbookKit
import HandbookTestSupport
import Testing

/// Pages reach Pagefind while the site renders, in the policies' order whatever order their
/// tasks finish in, so that the index is the same every time.
struct SearchFeedTests {
    /// Three policies' pages, each policy's listed out of path order.
    private let batches: [[String]] = [
        ["staff/a/index.html", "parents/a/index.html"],
        ["policies/b/index.html"],
        ["pupils/c/index.html", "parents/c/index.html", "staff/c/index.html"],
    ]

    private func page(_ path: String) -> [UInt8] {
        let name = path.split(separator: "/").dropLast().joined(separator: " ")
        return Array(#"<!DOCTYPE html><html lang="en-GB"><body><main data-pagefind-body><h1>\#(name)</h1><p>Phones stay in bags: \#(name).</p></main></body></html>"#.utf8)
    }

    /// The index made by handing the batches to a feed in `order`.
    private func fed(in order: [Int], indexer: SearchIndexer) throws -> [String: [UInt8]] {
        let feed = SearchFeed(try PagefindService(binary: indexer.binary).start())
        for batch in order {
            feed.deliver(batches[batch].map { PagefindService.Page(path: $0, bytes: page($0)) }, batch: batch)
        }
        feed.close()
        return Dictionary(uniqueKeysWithValues: try feed.finish().map { ($0.path, $0.bytes) })
    }

    @Test func batchesReachPagefindInTheirOrderWhateverOrderTheyArriveIn() throws {
        guard let indexer = SearchIndexer.installed else {
            #expect(!WholeSchoolTests.browserIsRequired, "search must be checked here, but Pagefind is missing")
            return
        }
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        // The same pages from disk, one request each in the order expected: batch by batch, each
        // batch's pages in code-point order of their paths.
        var expected: [String] = []
        for batch in batches {
            for path in SearchPage.inOrder(batch) {
                try fixture.write("pages/" + path, String(decoding: page(path), as: UTF8.self))
                expected.append(path)
            }
        }
        let reference = Dictionary(uniqueKeysWithValues: try PagefindService(binary: indexer.binary)
            .index(pages: expected, in: fixture.url("pages").path).map { ($0.path, $0.bytes) })
        #expect(!reference.isEmpty)
        #expect(try fed(in: [0, 1, 2], indexer: indexer) == reference)
        #expect(try fed(in: [2, 0, 1], indexer: indexer) == reference)
        #expect(try fed(in: [1, 2, 0], indexer: indexer) == reference)
    }

    @Test func aFeedStoppedBeforeItsIndexEndsTheService() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        // A service that never answers and never stops by itself: only being stopped ends it.
        let pidFile = fixture.url("service.pid").path
        let service = PagefindService(binary: try StandInProgram.write("echo $$ > '\(pidFile)'; exec sleep 600", in: fixture))
        let feed = SearchFeed(try service.start())
        feed.deliver([PagefindService.Page(path: "a/index.html", bytes: page("a/index.html"))], batch: 0)
        // Waits for the service to say who it is, however long it takes to start.
        var said: String?
        while said == nil {
            said = (try? String(contentsOfFile: pidFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if said?.isEmpty == true { said = nil }
            if said == nil { usleep(1_000) }
        }
        let pid = try #require(said.flatMap { pid_t($0) })
        feed.cancel()
        // Stopped and waited for: no such process is left.
        let signalled = kill(pid, 0)
        let reason = errno
        #expect(signalled == -1 && reason == ESRCH)
        feed.cancel()
    }
}
