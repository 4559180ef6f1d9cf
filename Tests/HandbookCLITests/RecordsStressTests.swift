import Foundation
import GRDB
import HandbookKit
import HandbookRecords
import HandbookTestSupport
import Testing

/// The records commands as the office runs them, as processes of their own: several at once on a
/// new records folder, and a records file a hand edit broke.
struct RecordsStressTests {
    /// A released mobile-phones 2.3 and its register for `names`, each signed.
    private func registers(_ fixture: Fixture, _ names: [String]) async throws -> [String] {
        #expect(await Releaser.release(policy: "mobile-phones", version: nil, content: fixture.content,
                                       date: try #require(CalendarDate("2026-07-01"))).folder != nil)
        try fixture.write("staff.csv", "name,role\nOnly Person,Teacher\n")
        let forms = await SignOffPack.make(.init(policy: "mobile-phones", roster: fixture.url("staff.csv").path,
                                                 output: fixture.url("out").path, content: fixture.content,
                                                 templates: Repository.templates))
        #expect(forms.diagnostics.isEmpty)
        let lines = try fixture.read("out/register-mobile-phones-2.3.csv").components(separatedBy: "\r\n")
        return try names.enumerated().map { index, name in
            let file = "returns-\(index + 1).csv"
            try fixture.write(file, lines[0] + "\r\n" + lines[1].replacingOccurrences(of: "Only Person", with: name) + "01/09/2026\r\n")
            return file
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func fourFirstImportsAtOnceIntoANewRecordsFolderAllSucceed() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let files = try await registers(fixture, ["Ann One", "Ben Two", "Cy Three", "Di Four"])
        for round in 1...5 {
            let folder = "records-\(round)"
            let imports = try files.map { file in
                let process = Process()
                process.executableURL = HandbookRunner.executable
                process.arguments = ["records", "import", file, "--content", "content", "--records", folder, "--today", "2026-11-30"]
                process.currentDirectoryURL = fixture.root
                let errors = Pipe()
                process.standardError = errors
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                return (process, errors)
            }
            for (process, errors) in imports {
                let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "round \(round): \(said)")
            }
            let store = try #require(try RecordsStore.open(folder: fixture.url(folder).path, create: false))
            #expect(try store.signatures().count == 4)
        }
    }

    @Test func aNullOrAnUnreadableDateIsReportedWithItsRowNotCrashedOn() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let files = try await registers(fixture, ["Jo Bloggs"])
        let imported = try HandbookRunner.run(["records", "import", files[0], "--records", "records", "--today", "2026-11-30"], in: fixture.root)
        #expect(imported.status == 0, "\(imported.stderr)")
        let file = fixture.url("records/records.sqlite").path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        try await DatabaseQueue(path: file, configuration: configuration).writeWithoutTransaction { db in
            // As a newer schema or an SQLite editor could leave it: a column that allows NULL, holding one.
            try db.execute(sql: """
                CREATE TABLE loose (id INTEGER PRIMARY KEY, name TEXT, nameKey TEXT, roleOrClass TEXT,
                                    audience TEXT, band TEXT, lastSeen TEXT);
                INSERT INTO loose SELECT id, NULL, nameKey, roleOrClass, audience, band, lastSeen FROM person;
                DROP TABLE person;
                ALTER TABLE loose RENAME TO person;
                UPDATE signature SET signed = 'Sept 1st';
                """)
        }
        for command in [["records", "status"], ["records", "export"]] {
            let result = try HandbookRunner.run(command + ["--records", "records"], in: fixture.root)
            #expect(result.status == 1, "\(command) exited \(result.status): \(result.stderr)")
            #expect(result.stderr.contains("records/records.sqlite: error: row 1 of table person: `name` is empty (NULL)"), "\(result.stderr)")
            #expect(result.stderr.contains("records/records.sqlite: error: row 1 of table signature: `signed` holds `Sept 1st`, which is not a date written YYYY-MM-DD"))
            #expect(result.stdout.isEmpty)
        }
    }
}
