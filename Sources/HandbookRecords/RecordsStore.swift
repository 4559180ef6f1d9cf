import Foundation
import GRDB
import HandbookModel

/// The school's records: one SQLite file in the records folder. Every change is one transaction,
/// so a stopped or killed command leaves the records as they were before it, or as it meant them.
public struct RecordsStore: Sendable {
    public static let fileName = "records.sqlite"

    private let queue: DatabaseQueue
    public let path: String
    /// The records folder, where the forget key lives beside the database.
    public let folder: String

    /// Opens the store in `folder`, creating the folder and the database when `create` is true,
    /// and brings its tables up to date. Commands that open one folder at once wait for each other
    /// while the file is made or migrated; a file written by a newer handbook is refused untouched.
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
        let lock = RecordsFolderLock(folder)
        defer { withExtendedLifetime(lock) {} }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busySeconds)
        // A forgotten person's name is overwritten where it stood in the file, not only unlinked.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        let queue: DatabaseQueue
        let unknown: [(migration: String, handbook: String?)]
        do {
            queue = try DatabaseQueue(path: file, configuration: configuration)
            unknown = try queue.read(RecordsSchema.unknownMigrations)
        } catch {
            throw opening(error, file: file)
        }
        if !unknown.isEmpty {
            let changes = unknown.map { "`\($0.migration)`" }.joined(separator: ", ")
            let this = "handbook \(RecordsSchema.toolVersion)"
            if let newer = unknown.compactMap(\.handbook).last {
                throw RecordsError(path: file, "these records were written by handbook \(newer), newer than this one (\(this))",
                                   hint: "use handbook \(newer) or later with these records: this handbook does not know their change \(changes), so it read and changed nothing")
            }
            throw RecordsError(path: file, "these records were written by a newer handbook than this one (\(this))",
                               hint: "use the handbook that last wrote them, or a later one: this handbook does not know their change \(changes), so it read and changed nothing")
        }
        do {
            try RecordsSchema.migrator.migrate(queue)
        } catch {
            throw opening(error, file: file)
        }
        return RecordsStore(queue: queue, path: file, folder: folder)
    }

    /// How long a command waits for another to finish with the records before it gives up.
    static let busySeconds: TimeInterval = 30

    /// Everyone and every signature, each row checked: an unreadable value is reported with its
    /// row, never left out.
    public func contents() throws(RecordsErrors) -> (people: [Person], signatures: [Signature]) {
        let rows: (people: [Row], signatures: [Row])
        do {
            rows = try queue.read { db in
                (try Row.fetchAll(db, sql: "SELECT rowid AS rowNumber, * FROM person ORDER BY nameKey, audience, band, roleOrClass"),
                 try Row.fetchAll(db, sql: "SELECT rowid AS rowNumber, * FROM signature ORDER BY personId, policy, edition"))
            }
        } catch {
            throw RecordsErrors([failure(error)])
        }
        var errors: [RecordsError] = []
        var people: [Person] = [], signatures: [Signature] = []
        for row in rows.people {
            var stored = StoredRow(table: "person", row: row)
            if let person = stored.person() { people.append(person) } else {
                errors.append(stored.error(path: path, hint: StoredRow.changedOutside))
            }
        }
        for row in rows.signatures {
            var stored = StoredRow(table: "signature", row: row)
            if let signature = stored.signature() { signatures.append(signature) } else {
                errors.append(stored.error(path: path, hint: stored.signatureHint()))
            }
        }
        guard errors.isEmpty else { throw RecordsErrors(errors) }
        return (people, signatures)
    }

    public func people() throws(RecordsErrors) -> [Person] { try contents().people }

    public func signatures() throws(RecordsErrors) -> [Signature] { try contents().signatures }

    /// Applies an import in one transaction: all of it, or (on any failure) none of it. `written`
    /// hears, inside the transaction, how many entries are written so far. A row whose person was
    /// forgotten is skipped, and only counted.
    public func apply(_ plan: ImportPlan, written: (Int) -> Void = { _ in }) throws(RecordsError) -> ImportSummary {
        try writing { db in
            var summary = ImportSummary()
            let forgotten = Set(try String.fetchAll(db, sql: "SELECT token FROM forgotten"))
            let forgetKey = forgotten.isEmpty ? nil : try self.forgetKey(db, create: false)
            for (index, entry) in plan.entries.enumerated() {
                let person = entry.person, key = person.key
                if let forgetKey, forgotten.contains(forgetKey.token(key)) {
                    summary.skippedForgotten += 1
                    written(index + 1)
                    continue
                }
                let id: Int64
                if let row = try Row.fetchOne(db, sql: """
                    SELECT rowid AS rowNumber, id, lastSeen FROM person
                    WHERE nameKey = ? AND roleKey = ? AND audience = ? AND ifnull(band, '') = ?
                    """, arguments: [key.name, key.roleOrClass, person.audience, key.band]) {
                    var stored = StoredRow(table: "person", row: row)
                    guard let existing = stored.integer("id") else { throw stored.error(path: path, hint: StoredRow.changedOutside) }
                    id = existing
                    // A last-seen date that cannot be read is written afresh.
                    let lastSeen = stored.date("lastSeen").map { max($0, person.lastSeen) } ?? person.lastSeen
                    try db.execute(sql: "UPDATE person SET name = ?, roleOrClass = ?, lastSeen = ? WHERE id = ?",
                                   arguments: [person.name, person.roleOrClass, lastSeen.description, id])
                } else {
                    try db.execute(sql: """
                        INSERT INTO person (name, nameKey, roleOrClass, roleKey, audience, band, lastSeen) VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [person.name, key.name, person.roleOrClass, key.roleOrClass, person.audience, person.band,
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
                    // Compared as stored, so a date that cannot be read is written afresh, not crashed on.
                    if (row["signed"] as DatabaseValue) == signature.signed.description.databaseValue {
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

    /// What `forget` found: the people it matched (forgotten, when confirmed), or, when the name
    /// fits several people and nothing said which, those people, none of them forgotten.
    public enum Forgetting: Sendable, Equatable {
        case matched([Forgettable])
        case several([Forgettable])
    }

    /// Finds the person of that name and, when `confirmed`, forgets them with their signatures,
    /// keeping only their token so no register brings them back. Several people of one name are
    /// told apart by their role or class, and their audience (`pupils/years-3-4`); while the name
    /// still fits more than one, nobody is forgotten.
    public func forget(name: String, roleOrClass: String? = nil, audience: String? = nil,
                       confirmed: Bool) throws(RecordsError) -> Forgetting {
        let body = { (db: Database) throws -> Forgetting in
            let rows = try Row.fetchAll(db, sql: "\(Self.selectForgettable) WHERE nameKey = ? ORDER BY audience, band, roleKey",
                                        arguments: [PersonKey.fold(name)])
            let matching = rows.filter { row in
                var stored = StoredRow(table: "person", row: row)
                if let roleOrClass, PersonKey.fold(stored.text("roleOrClass") ?? "") != PersonKey.fold(roleOrClass) { return false }
                if let audience {
                    let cell = [stored.text("audience"), stored.optionalText("band")].compactMap { $0 }.joined(separator: "/")
                    if cell != audience.trimmingWhitespace { return false }
                }
                return true
            }
            if matching.count > 1 { return .several(matching.map(Self.forgettable)) }
            if confirmed { try erase(matching, db) }
            return .matched(matching.map(Self.forgettable))
        }
        return confirmed ? try writing(body) : try reading(body)
    }

    /// Finds everyone not on any register imported on or after `date`, people who have left, and
    /// when `confirmed` forgets them as `forget(name:)` does. Each person is one identity: a pupil
    /// who moved class is forgotten only as the class they left.
    public func forget(leftBefore date: CalendarDate, confirmed: Bool) throws(RecordsError) -> [Forgettable] {
        let body = { (db: Database) throws -> [Forgettable] in
            let rows = try Row.fetchAll(db, sql: "\(Self.selectForgettable) WHERE lastSeen < ? ORDER BY nameKey, audience, band, roleKey",
                                        arguments: [date.description])
            if confirmed { try erase(rows, db) }
            return rows.map(Self.forgettable)
        }
        return confirmed ? try writing(body) : try reading(body)
    }

    /// Each person's row with how many signatures they have.
    private static let selectForgettable = """
        SELECT rowid AS rowNumber, *, (SELECT COUNT(*) FROM signature WHERE signature.personId = person.id) AS signatureCount
        FROM person
        """

    /// Deletes the people (their signatures go with them) and keeps their tokens.
    private func erase(_ rows: [Row], _ db: Database) throws {
        guard !rows.isEmpty else { return }
        guard let key = try forgetKey(db, create: true) else { return }
        for row in rows {
            try db.execute(sql: "INSERT OR IGNORE INTO forgotten (token) VALUES (?)", arguments: [key.token(Self.described(row).key)])
            try db.execute(sql: "DELETE FROM person WHERE rowid = ?", arguments: [row["rowNumber"] as DatabaseValue])
        }
    }

    /// The key the tokens are made with, checked against the one that made the tokens already
    /// kept. With `create`, a records folder that has forgotten nobody yet is given its key.
    /// Records that have forgotten people but lost their key are refused, never given a new one:
    /// every token would then miss, and forgotten people could come back.
    private func forgetKey(_ db: Database, create: Bool) throws -> ForgetKey? {
        let check = try String.fetchOne(db, sql: "SELECT keyCheck FROM forgetKeyCheck")
        let file = ForgetKey.path(folder)
        if let key = try ForgetKey.read(folder: folder) {
            if let check, check != key.check {
                throw RecordsError(path: file, "this forget key is not the one these records were made with",
                                   hint: "put back the \(ForgetKey.fileName) that was in this records folder, from the same backup as \(Self.fileName); nothing was changed")
            }
            if check == nil, create { try db.execute(sql: "INSERT INTO forgetKeyCheck (keyCheck) VALUES (?)", arguments: [key.check]) }
            return key
        }
        let tokens = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forgotten") ?? 0
        if check != nil || tokens > 0 {
            throw RecordsError(path: file, "the forget key is missing, so the people forgotten from these records cannot be recognised",
                               hint: "restore \(ForgetKey.fileName) from the same backup as \(Self.fileName) into the records folder, then try again; nothing was changed")
        }
        guard create else { return nil }
        let key = try ForgetKey.create(folder: folder)
        try db.execute(sql: "INSERT INTO forgetKeyCheck (keyCheck) VALUES (?)", arguments: [key.check])
        return key
    }

    private static func forgettable(_ row: Row) -> Forgettable {
        Forgettable(person: described(row), signatures: (row["signatureCount"] as Int?) ?? 0)
    }

    /// A person being forgotten, as well as their row can be read: a row with an unreadable
    /// value is still forgotten, and named by what can be read of it.
    private static func described(_ row: Row) -> Person {
        var stored = StoredRow(table: "person", row: row)
        if let person = stored.person() { return person }
        var lenient = StoredRow(table: "person", row: row)
        return Person(id: lenient.integer("id"), name: lenient.text("name") ?? stored.name, roleOrClass: lenient.text("roleOrClass") ?? "",
                      audience: lenient.text("audience") ?? "", band: lenient.optionalText("band"),
                      lastSeen: lenient.date("lastSeen") ?? .epoch)
    }

    /// SQLite's own check of the file: `ok` when it is sound.
    public func integrityCheck() throws(RecordsError) -> String {
        try reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// The migrations applied to this file, oldest first.
    public func appliedMigrations() throws(RecordsError) -> [String] {
        try reading { db in try RecordsSchema.migrator.appliedMigrations(db) }
    }

    private func reading<T>(_ body: (Database) throws -> T) throws(RecordsError) -> T {
        do { return try queue.read(body) } catch let error as RecordsError { throw error } catch { throw failure(error) }
    }

    /// Every change takes the write lock first (an immediate transaction), so two imports at once
    /// wait for each other rather than fail.
    private func writing<T>(_ body: (Database) throws -> T) throws(RecordsError) -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                // Set whenever the transaction commits; kept optional only to be read without forcing.
                guard let result else { throw RecordsError(path: path, "the records were not changed", hint: "try again") }
                return result
            }
        } catch let error as RecordsError {
            throw error
        } catch {
            throw failure(error)
        }
    }

    private func failure(_ error: any Error) -> RecordsError {
        if Self.isBusy(error) { return Self.busy(path) }
        return RecordsError(path: path, "the records could not be read or changed: \(error)",
                            hint: "nothing was changed; check the disk has space and no other program has the file open, then try again")
    }

    static func isBusy(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.resultCode == .SQLITE_BUSY || (error as? DatabaseError)?.resultCode == .SQLITE_LOCKED
    }

    static func busy(_ file: String) -> RecordsError {
        RecordsError(path: file, "another command kept the records busy for more than \(Int(busySeconds)) seconds",
                     hint: "wait for the other handbook command (or the program that has the file open) to finish, then try again; nothing was changed")
    }

    /// Why the file could not be opened. The hint never says to delete it: it may hold every
    /// signature the school has.
    static func opening(_ error: any Error, file: String) -> RecordsError {
        if isBusy(error) { return busy(file) }
        if let database = error as? DatabaseError, database.resultCode == .SQLITE_NOTADB || database.resultCode == .SQLITE_CORRUPT {
            return RecordsError(path: file, "the records file is damaged, or is not a records file: \(database.message ?? "\(database)")",
                                hint: "restore the records folder from your backup; keep this file until you have, as it may still hold signatures")
        }
        return RecordsError(path: file, "the records file cannot be opened: \(error)",
                            hint: "check that you may read and write the records folder and that the disk has space; nothing was changed")
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
    /// Cells that were cleaned on the way in, one warning each.
    public var warnings: [Diagnostic] = []
}

public struct ImportSummary: Sendable, Hashable {
    public var peopleAdded = 0
    public var signaturesAdded = 0
    public var signaturesChanged = 0
    public var unchanged = 0
    /// Rows of people forgotten at the school's request: never written, never named.
    public var skippedForgotten = 0

    public var changedNothing: Bool { peopleAdded == 0 && signaturesAdded == 0 && signaturesChanged == 0 }
}

/// Someone `forget` found, with how many signatures would go with them.
public struct Forgettable: Sendable, Hashable {
    public var person: Person
    public var signatures: Int

    public init(person: Person, signatures: Int) {
        self.person = person
        self.signatures = signatures
    }
}

extension CalendarDate {
    static var epoch: CalendarDate {
        guard let date = CalendarDate("1970-01-01") else { preconditionFailure("1970-01-01 is a date") }
        return date
    }
}
