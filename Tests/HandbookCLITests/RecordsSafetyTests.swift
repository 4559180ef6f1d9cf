import Foundation
import HandbookKit
import HandbookRecords
import HandbookTestSupport
import Testing

/// A killed import leaves the records sound, with none of the register in them. The import is
/// killed where it says it is, inside its transaction, so the test does not depend on how fast
/// the machine is.
struct RecordsSafetyTests {
    static let rows = 500
    /// Names this long make 500 rows outgrow SQLite's page cache (about 2 MB) before the commit, so
    /// some of them reach the file and only the journal can take them out again. Short names would
    /// need some 8,000 rows, and seconds more to import.
    static let padding = String(repeating: " Example", count: 125)

    /// A register of `count` signed rows for edition 2.3 of mobile-phones.
    private func register(_ fixture: Fixture, count: Int, named name: (Int) -> String) async throws -> String {
        try fixture.write("one.csv", "name,role\nOnly Person,Teacher\n")
        let forms = await SignOffPack.make(.init(policy: "mobile-phones", roster: fixture.url("one.csv").path,
                                                 output: fixture.url("one").path, content: fixture.content,
                                                 templates: Repository.templates))
        #expect(forms.diagnostics.isEmpty)
        let lines = try fixture.read("one/register-mobile-phones-2.3.csv").components(separatedBy: "\r\n")
        var text = lines[0] + "\r\n"
        for index in 1...count {
            text += lines[1].replacingOccurrences(of: "Only Person", with: name(index)) + "01/09/2026\r\n"
        }
        return text
    }

    private func signatures(in folder: URL) throws -> Int {
        let store = try #require(try RecordsStore.open(folder: folder.path, create: false))
        #expect(try store.integrityCheck() == "ok")
        return try store.signatures().count
    }

    @Test(.timeLimit(.minutes(10)))
    func aKilledImportLeavesNoneOfTheRegister() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(await Releaser.release(policy: "mobile-phones", version: nil, content: fixture.content,
                                       date: try #require(CalendarDate("2026-07-01"))).folder != nil)
        try fixture.write("big.csv", try await register(fixture, count: Self.rows) { "Person \($0)" + Self.padding })
        try fixture.write("small.csv", try await register(fixture, count: 1) { _ in "First Person" })
        let today = try #require(CalendarDate("2026-11-30"))

        // Held after the first entry, and after the last, just before the commit.
        for hold in [1, Self.rows] {
            let folder = fixture.url("killed-\(hold)")
            let place = RecordsDesk.Place(content: fixture.content, records: folder.path)
            // The records already hold one signature: "none" means exactly that one.
            #expect(await RecordsDesk.importRegister(fixture.url("small.csv").path, place: place, today: today).summary != nil)
            let file = folder.appendingPathComponent(RecordsStore.fileName)
            let sizeBefore = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)

            let importer = try BackgroundProcess(HandbookRunner.executable,
                                                 ["records", "import", "big.csv", "--content", "content", "--records", folder.path,
                                                  "--today", "2026-11-30"],
                                                 in: fixture.root, environment: ["HANDBOOK_TEST_HOLD_IMPORT_AFTER": "\(hold)"])
            defer { importer.stop() }
            try await importer.waitFor("holding the import's transaction open after \(hold) entries")
            #expect(FileManager.default.fileExists(atPath: file.path + "-journal"), "the transaction has begun to write")
            if hold == Self.rows {
                let sizeHeld = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
                #expect(sizeHeld > sizeBefore)
            }
            importer.kill()
            _ = try await importer.exitStatus()
            #expect(importer.wasKilled)
            #expect(try signatures(in: folder) == 1, "held after \(hold) entries")
            // The records are still usable: the register they hold is known as imported.
            let again = await RecordsDesk.importRegister(fixture.url("small.csv").path, place: place, today: today)
            #expect(again.summary?.changedNothing == true, "\(again.diagnostics)")
        }
    }
}
