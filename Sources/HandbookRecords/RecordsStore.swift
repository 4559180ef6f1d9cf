import Foundation
import GRDB
import HandbookModel

/// The school's records: one SQLite file in the records folder. Every change is one transaction,
/// so a stopped or killed command leaves the records as they were before it, or as it meant them.
public struct RecordsStore: Sendable {
    public static let fileName = "records.sqlite"

    private let queue: DatabaseQueue
    public let path: String

    /// Opens the store in `folder`, creating the folder and the database when `create` is true,
    /// and brings its tables up to date.
    public static func open(folder: String, create: Bool) throws(RecordsError) -> RecordsStore? {
        let file = (folder as NSString).appendingPathComponent(fileName)
        if !FileManager.default.fileExists(atPath: file) {
            guard create else { return nil }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw RecordsError(path: folder, "could not make the records folder: \(error.localizedDescription)",
                                   hint: "check that you may write there, or choose another folder with --records")
            }
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: file, configuration: configuration)
            try RecordsSchema.migrator.migrate(queue)
            return RecordsStore(queue: queue, path: file)
        } catch {
            throw RecordsError(path: file, "the records file cannot be opened: \(error)",
                               hint: "restore it from your backup of the records folder; if it was never used, delete it")
        }
    }

    public func people() throws(RecordsError) -> [Person] {
        try reading { db in try Row.fetchAll(db, sql: "SELECT * FROM person ORDER BY nameKey, audience").map(Self.person) }
    }

    public func signatures() throws(RecordsError) -> [Signature] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM signature ORDER BY personId, policy, edition").compactMap(Self.signature)
        }
    }

    /// Applies an import in one transaction: all of it, or (on any failure) none of it. `written`
    /// hears, inside the transaction, how many entries are written so far.
    public func apply(_ plan: ImportPlan, written: (Int) -> Void = { _ in }) throws(RecordsError) -> ImportSummary {
        try writing { db in
            var summary = ImportSummary()
            for (index, entry) in plan.entries.enumerated() {
                let person = entry.person
                let id: Int64
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM person WHERE nameKey = ? AND audience = ?",
                                              arguments: [person.key.name, person.audience]) {
                    let existing = Self.person(row)
                    id = row["id"]
                    let lastSeen = max(existing.lastSeen, person.lastSeen)
                    if existing.roleOrClass != person.roleOrClass || existing.band != person.band
                        || existing.lastSeen != lastSeen || existing.name != person.name {
                        try db.execute(sql: "UPDATE person SET name = ?, roleOrClass = ?, band = ?, lastSeen = ? WHERE id = ?",
                                       arguments: [person.name, person.roleOrClass, person.band, lastSeen.description, id])
                    }
                } else {
                    try db.execute(sql: """
                        INSERT INTO person (name, nameKey, roleOrClass, audience, band, lastSeen) VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [person.name, person.key.name, person.roleOrClass, person.audience, person.band,
                                         person.lastSeen.description])
                    id = db.lastInsertedRowID
                    summary.peopleAdded += 1
                }
                guard let signature = entry.signature else {
                    written(index + 1)
                    continue
                }
                if let row = try Row.fetchOne(db, sql: "SELECT signed FROM signature WHERE personId = ? AND policy = ? AND edition = ?",
                                              arguments: [id, signature.policy, signature.edition]) {
                    let signed: String = row["signed"]
                    if signed == signature.signed.description {
                        summary.unchanged += 1
                    } else {
                        try db.execute(sql: """
                            UPDATE signature SET signed = ?, fingerprint = ?, sourceFile = ?, sourceLine = ?
                            WHERE personId = ? AND policy = ? AND edition = ?
                            """, arguments: [signature.signed.description, signature.fingerprint, signature.sourceFile,
                                             signature.sourceLine, id, signature.policy, signature.edition])
                        summary.signaturesChanged += 1
                    }
                } else {
                    try db.execute(sql: """
                        INSERT INTO signature (personId, policy, edition, fingerprint, signed, sourceFile, sourceLine)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, signature.policy, signature.edition, signature.fingerprint,
                                         signature.signed.description, signature.sourceFile, signature.sourceLine])
                    summary.signaturesAdded += 1
                }
                written(index + 1)
            }
            return summary
        }
    }

    /// Forgets everyone of that name (any audience), with their signatures. Returns who was forgotten.
    public func forget(name: String) throws(RecordsError) -> [Person] {
        try writing { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM person WHERE nameKey = ?", arguments: [PersonKey.fold(name)])
            try db.execute(sql: "DELETE FROM person WHERE nameKey = ?", arguments: [PersonKey.fold(name)])
            return rows.map(Self.person)
        }
    }

    /// Forgets everyone not on any register imported on or after `date`: people who have left.
    public func forget(leftBefore date: CalendarDate) throws(RecordsError) -> [Person] {
        try writing { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM person WHERE lastSeen < ? ORDER BY nameKey",
                                        arguments: [date.description])
            try db.execute(sql: "DELETE FROM person WHERE lastSeen < ?", arguments: [date.description])
            return rows.map(Self.person)
        }
    }

    /// SQLite's own check of the file: `ok` when it is sound.
    public func integrityCheck() throws(RecordsError) -> String {
        try reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// The migrations applied to this file, oldest first.
    public func appliedMigrations() throws(RecordsError) -> [String] {
        try reading { db in try RecordsSchema.migrator.appliedIdentifiers(db).sorted() }
    }

    private func reading<T>(_ body: (Database) throws -> T) throws(RecordsError) -> T {
        do { return try queue.read(body) } catch { throw failure(error) }
    }

    private func writing<T>(_ body: (Database) throws -> T) throws(RecordsError) -> T {
        do { return try queue.write(body) } catch { throw failure(error) }
    }

    private func failure(_ error: any Error) -> RecordsError {
        RecordsError(path: path, "the records could not be read or changed: \(error)",
                     hint: "nothing was changed; check the disk has space and no other program has the file open, then try again")
    }

    private static func person(_ row: Row) -> Person {
        let lastSeen: String = row["lastSeen"]
        return Person(id: row["id"], name: row["name"], roleOrClass: row["roleOrClass"], audience: row["audience"],
                      band: row["band"], lastSeen: CalendarDate(lastSeen) ?? CalendarDate.epoch)
    }

    private static func signature(_ row: Row) -> Signature? {
        let signed: String = row["signed"]
        guard let date = CalendarDate(signed) else { return nil }
        return Signature(personID: row["personId"] as Int64?, policy: row["policy"], edition: row["edition"],
                         fingerprint: row["fingerprint"], signed: date, sourceFile: row["sourceFile"],
                         sourceLine: row["sourceLine"])
    }
}

/// What an import found to do: each row's person, and their signature when the row is signed.
public struct ImportPlan: Sendable {
    public struct Entry: Sendable {
        public var person: Person
        /// Without its person's id, which the store gives when it records the person.
        public var signature: Signature?
    }

    public var entries: [Entry]
}

public struct ImportSummary: Sendable, Hashable {
    public var peopleAdded = 0
    public var signaturesAdded = 0
    public var signaturesChanged = 0
    public var unchanged = 0

    public var changedNothing: Bool { peopleAdded == 0 && signaturesAdded == 0 && signaturesChanged == 0 }
}

extension CalendarDate {
    static var epoch: CalendarDate {
        guard let date = CalendarDate("1970-01-01") else { preconditionFailure("1970-01-01 is a date") }
        return date
    }
}
