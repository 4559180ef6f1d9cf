import Foundation
import GRDB
import Testing
import HandbookModel
@testable import HandbookRecords

/// The records under stress: commands at once, a file from a newer handbook or an older one,
/// values a hand edit broke, and names holding control characters.
struct StoreSafetyTests {
    let today = Sample.date("2026-11-30")

    private func plan(_ text: String, path: String = "r.csv") throws -> ImportPlan {
        try RegisterImport.plan(text, path: path, catalog: Sample.catalog(), today: today)
    }

    /// The store's file, opened behind the store's back as an SQLite editor would.
    private func edit(_ store: RecordsStore, _ sql: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        try DatabaseQueue(path: store.path, configuration: configuration).writeWithoutTransaction { try $0.execute(sql: sql) }
    }

    @Test func fourFirstImportsAtOnceIntoANewFolderAllSucceed() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let plans = try (1...4).map { try plan(Sample.header + Sample.row("Person \($0)", signed: "01/09/2026"), path: "r\($0).csv") }
        for round in 1...25 {
            let folder = scratch.path + "/records-\(round)"
            let outcomes = await withTaskGroup(of: String?.self) { group in
                for plan in plans {
                    group.addTask {
                        do {
                            guard let store = try RecordsStore.open(folder: folder, create: true) else { return "no store" }
                            _ = try store.apply(plan)
                            return nil
                        } catch let error as RecordsError {
                            return "\(error.message) (hint: \(error.hint ?? ""))"
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                var failures: [String] = []
                for await failure in group { if let failure { failures.append(failure) } }
                return failures
            }
            #expect(outcomes.isEmpty, "round \(round): \(outcomes)")
            let store = try #require(try RecordsStore.open(folder: folder, create: false))
            #expect(try store.signatures().count == 4)
        }
    }

    @Test func aFileFromANewerHandbookIsRefusedUntouchedNamingThatHandbook() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        _ = try store.apply(try plan(Sample.header + Sample.row("Jo Bloggs", signed: "01/09/2026")))
        #expect(try store.appliedMigrations() == RecordsSchema.migrator.migrations)
        try edit(store, """
            INSERT INTO grdb_migrations (identifier) VALUES ('3-people-have-pronouns');
            INSERT INTO recordsWriter (migration, handbook) VALUES ('3-people-have-pronouns', '1.4');
            """)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let error = #expect(throws: RecordsError.self) { _ = try RecordsStore.open(folder: scratch.path + "/records", create: false) }
        #expect(error?.path == store.path)
        #expect(error?.message == "these records were written by handbook 1.4, newer than this one (handbook \(RecordsSchema.toolVersion))")
        #expect(error?.hint == "use handbook 1.4 or later with these records: this handbook does not know their change `3-people-have-pronouns`, so it read and changed nothing")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        // A newer file that does not say which handbook wrote it is refused all the same.
        try edit(store, "DELETE FROM recordsWriter WHERE migration = '3-people-have-pronouns'")
        let unnamed = #expect(throws: RecordsError.self) { _ = try RecordsStore.open(folder: scratch.path + "/records", create: true) }
        #expect(unnamed?.message == "these records were written by a newer handbook than this one (handbook \(RecordsSchema.toolVersion))")
        #expect(unnamed?.hint?.hasSuffix("this handbook does not know their change `3-people-have-pronouns`, so it read and changed nothing") == true)
    }

    /// Another command holding the records past the wait is named as the cause, with nothing changed.
    @Test func recordsKeptBusyAreNamedAsBusyNeverAsDamaged() {
        let error = RecordsStore.opening(DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked"), file: "records/records.sqlite")
        #expect(error.path == "records/records.sqlite")
        #expect(error.message == "another command kept the records busy for more than 30 seconds")
        #expect(error.hint == "wait for the other handbook command (or the program that has the file open) to finish, then try again; nothing was changed")
    }

    @Test func anOldFileIsUpgradedAndItsPeopleKeepTheirSignatures() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = scratch.path + "/records"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The file as the first release of the records left it.
        try DatabaseQueue(path: folder + "/" + RecordsStore.fileName).write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('1-people-and-signatures');
                CREATE TABLE person (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, nameKey TEXT NOT NULL,
                    roleOrClass TEXT NOT NULL DEFAULT '', audience TEXT NOT NULL, band TEXT, lastSeen TEXT NOT NULL,
                    UNIQUE (nameKey, audience));
                CREATE TABLE signature (id INTEGER PRIMARY KEY AUTOINCREMENT,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE, policy TEXT NOT NULL,
                    edition TEXT NOT NULL, fingerprint TEXT NOT NULL, signed TEXT NOT NULL, sourceFile TEXT NOT NULL,
                    sourceLine INTEGER NOT NULL, UNIQUE (personId, policy, edition));
                INSERT INTO person VALUES (7, 'Amy Smith', 'amy smith', ' 3B ', 'pupils', 'years-3-4', '2026-09-10');
                INSERT INTO person VALUES (9, 'Jo Bloggs', 'jo bloggs', 'Teacher', 'staff', NULL, '2026-09-10');
                INSERT INTO signature VALUES (1, 7, 'phones', '2.0', '\(Sample.f20)', '2026-09-01', 'old.csv', 2);
                INSERT INTO signature VALUES (2, 9, 'phones', '2.0', '\(Sample.f20)', '2026-09-02', 'old.csv', 3);
                """)
        }
        let store = try #require(try RecordsStore.open(folder: folder, create: false))
        #expect(try store.appliedMigrations() == ["1-people-and-signatures", "2-people-told-apart-by-role-class-and-band", "3-forgotten-people-kept-as-tokens"])
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.signatures().map { "\($0.personID ?? 0) \($0.signed)" } == ["7 2026-09-01", "9 2026-09-02"])
        // The same Amy is found again; another Amy of that name is a second person.
        let again = try store.apply(try plan(IdentityTests.pupils + IdentityTests.pupil("Amy Smith", "3b", band: "years-3-4", signed: "01/09/2026")
            + IdentityTests.pupil("Amy Smith", "5C", band: "years-5-6", signed: "04/09/2026")))
        #expect(again == ImportSummary(peopleAdded: 1, signaturesAdded: 1, signaturesChanged: 0, unchanged: 1))
        #expect(try store.people().map(\.id) == [7, 10, 9])
    }

    @Test func aNullWhereTheStoreExpectsAValueIsReportedWithItsRow() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        _ = try store.apply(try plan(Sample.header + Sample.row("Jo Bloggs", signed: "01/09/2026") + Sample.row("Sam Lee", signed: "02/09/2026")))
        // As a newer schema, or an editor that rebuilt the table, could leave it: the column allows NULL.
        try edit(store, """
            CREATE TABLE loose (id INTEGER PRIMARY KEY, name TEXT, nameKey TEXT, roleOrClass TEXT, roleKey TEXT,
                                audience TEXT, band TEXT, lastSeen);
            INSERT INTO loose SELECT id, name, nameKey, roleOrClass, roleKey, audience, band, lastSeen FROM person;
            DROP TABLE person;
            ALTER TABLE loose RENAME TO person;
            UPDATE person SET roleOrClass = NULL WHERE name = 'Sam Lee';
            UPDATE person SET lastSeen = 20261130 WHERE name = 'Jo Bloggs';
            """)
        let reopened = try #require(try RecordsStore.open(folder: scratch.path + "/records", create: false))
        let errors = #expect(throws: RecordsErrors.self) { _ = try reopened.contents() }?.errors ?? []
        #expect(errors.map(\.message) == [
            "row 1 of table person: `lastSeen` holds 20261130, which is not a date written YYYY-MM-DD",
            "row 2 of table person: `roleOrClass` is empty (NULL)",
        ])
        #expect(errors.allSatisfy { $0.path == store.path && $0.line == nil })
        #expect(errors.first?.hint == StoredRow.changedOutside)
    }

    @Test func aSignedDateThatCannotBeReadIsReportedNotDropped() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        _ = try store.apply(try plan(Sample.header + Sample.row("Jo Bloggs", signed: "01/09/2026") + Sample.row("Sam Lee", signed: "02/09/2026"),
                                     path: "returns/phones.csv"))
        try edit(store, "UPDATE signature SET signed = '2nd Sept' WHERE sourceLine = 3")
        let errors = #expect(throws: RecordsErrors.self) { _ = try store.signatures() }?.errors ?? []
        #expect(errors.count == 1 && errors.first?.path == store.path)
        #expect(errors.first?.message == "row 2 of table signature: `signed` holds `2nd Sept`, which is not a date written YYYY-MM-DD")
        #expect(errors.first?.hint == "import the register it came from again (returns/phones.csv, line 3) to write it afresh, or restore the records folder from your backup; nothing was changed")
        // As the hint says: importing the register again writes the date afresh.
        let again = try store.apply(try plan(Sample.header + Sample.row("Sam Lee", signed: "02/09/2026"), path: "returns/phones.csv"))
        #expect(again.signaturesChanged == 1)
        #expect(try store.signatures().map(\.signed.description) == ["2026-09-01", "2026-09-02"])
    }

    @Test func aDamagedFileIsNeverToBeDeleted() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path + "/records", withIntermediateDirectories: true)
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: scratch.path + "/records/records.sqlite"))
        let error = #expect(throws: RecordsError.self) { _ = try RecordsStore.open(folder: scratch.path + "/records", create: true) }
        #expect(error?.path == scratch.path + "/records/records.sqlite")
        #expect(error?.message.hasPrefix("the records file is damaged, or is not a records file") == true)
        #expect(error?.hint == "restore the records folder from your backup; keep this file until you have, as it may still hold signatures")
    }

    @Test func namesAreCleanedOfControlCharactersWithAWarningAndPrintedSafely() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let text = Sample.header
            + "\"Amy\r\nSmith\",Teacher,staff,phones,2.0,\(Sample.f20),01/09/2026\r\n"
            + "Jo\u{1B}[2J Bloggs,Teach\u{7}er,staff,phones,2.0,\(Sample.f20),01/09/2026\r\n"
            + "\u{202E}htimS naS,Cook,staff,phones,2.0,\(Sample.f20),\r\n"
        let plan = try plan(text, path: "returns/r.csv")
        #expect(plan.entries.map(\.person.name) == ["Amy Smith", "Jo[2J Bloggs", "htimS naS"])
        #expect(plan.entries[1].person.roleOrClass == "Teacher")
        #expect(plan.warnings.map { "\($0.location.file):\($0.location.line ?? 0) \($0.message)" } == [
            "returns/r.csv:2 the name `Amy\\u{A}Smith` holds a line break or control character; it is recorded as `Amy Smith`",
            "returns/r.csv:4 the name `Jo\\u{1B}[2J Bloggs` holds a line break or control character; it is recorded as `Jo[2J Bloggs`",
            "returns/r.csv:4 the role or class `Teach\\u{7}er` holds a line break or control character; it is recorded as `Teacher`",
            "returns/r.csv:5 the name `\\u{202E}htimS naS` holds a line break or control character; it is recorded as `htimS naS`",
        ])
        #expect(plan.warnings.allSatisfy { $0.severity == .warning })

        // A name stored raw before names were cleaned is still printed safely.
        let store = try scratch.store()
        _ = try store.apply(plan)
        try edit(store, "UPDATE person SET name = 'Ed' || char(27) || '[31m Gee' WHERE name = 'htimS naS'")
        let (people, signatures) = try store.contents()
        let csv = RecordsExport.csv(people: people, signatures: signatures)
        #expect(csv.contains("\r\nEd\\u{1B}[31m Gee,Cook,staff,2026-11-30,,,,,,\r\n"))
        #expect(!csv.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
    }
}
