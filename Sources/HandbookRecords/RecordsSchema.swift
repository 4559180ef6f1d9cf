import GRDB
import HandbookModel

/// The records database's tables, built by numbered migrations so a school's file from an older
/// release is brought up to date in place, never rebuilt. Add a migration; never edit one.
///
/// Each migration from the second on writes its name and this handbook's version into
/// `recordsWriter`, so an older handbook that meets a migration it does not know can say which
/// handbook the file needs.
enum RecordsSchema {
    /// The version of handbook these migrations belong to: raise it with every new migration.
    static let toolVersion = HandbookVersion.current

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-people-and-signatures") { db in
            try db.create(table: "person") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull()
                // The name folded for matching: lower case, single spaces.
                table.column("nameKey", .text).notNull()
                table.column("roleOrClass", .text).notNull().defaults(to: "")
                table.column("audience", .text).notNull()
                table.column("band", .text)
                table.column("lastSeen", .text).notNull()
                table.uniqueKey(["nameKey", "audience"])
            }
            try db.create(table: "signature") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("person", onDelete: .cascade).notNull()
                table.column("policy", .text).notNull()
                table.column("edition", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("signed", .text).notNull()
                table.column("sourceFile", .text).notNull()
                table.column("sourceLine", .integer).notNull()
                table.uniqueKey(["personId", "policy", "edition"])
            }
        }
        // Two pupils of one name in different classes or bands are two people. The table is
        // made again (SQLite cannot drop a unique key) with the same ids, so every signature
        // stays with its person.
        register("2-people-told-apart-by-role-class-and-band", in: &migrator) { db in
            try db.create(table: "recordsWriter") { table in
                table.primaryKey("migration", .text)
                table.column("handbook", .text).notNull()
            }
            try db.create(table: "newPerson") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull()
                table.column("nameKey", .text).notNull()
                table.column("roleOrClass", .text).notNull().defaults(to: "")
                // The role or class folded like the name.
                table.column("roleKey", .text).notNull().defaults(to: "")
                table.column("audience", .text).notNull()
                table.column("band", .text)
                table.column("lastSeen", .text).notNull()
            }
            try db.execute(sql: """
                INSERT INTO newPerson (id, name, nameKey, roleOrClass, audience, band, lastSeen)
                SELECT id, name, nameKey, roleOrClass, audience, band, lastSeen FROM person
                """)
            let roles = try Row.fetchAll(db, sql: "SELECT id, roleOrClass FROM newPerson")
            for row in roles {
                let role: String? = row["roleOrClass"]
                try db.execute(sql: "UPDATE newPerson SET roleKey = ? WHERE id = ?",
                               arguments: [PersonKey.fold(role ?? ""), row["id"] as Int64?])
            }
            try db.drop(table: "person")
            try db.rename(table: "newPerson", to: "person")
            try db.execute(sql: "CREATE UNIQUE INDEX personIdentity ON person (nameKey, roleKey, audience, ifnull(band, ''))")
        }
        // People forgotten at the school's request, kept only as tokens (see `ForgetKey`), so an
        // old register imported again does not bring them back; and a check of the key that made
        // the tokens, so a key file from elsewhere is refused rather than silently missing them.
        register("3-forgotten-people-kept-as-tokens", in: &migrator) { db in
            try db.create(table: "forgotten") { table in
                table.primaryKey("token", .text)
            }
            try db.create(table: "forgetKeyCheck") { table in
                table.primaryKey("keyCheck", .text)
            }
        }
        return migrator
    }

    /// Registers a migration that, once applied, records that this handbook applied it.
    static func register(_ identifier: String, in migrator: inout DatabaseMigrator,
                         _ migrate: @escaping @Sendable (Database) throws -> Void) {
        migrator.registerMigration(identifier) { db in
            try migrate(db)
            try db.execute(sql: "INSERT OR REPLACE INTO recordsWriter (migration, handbook) VALUES (?, ?)",
                           arguments: [identifier, toolVersion])
        }
    }

    /// The migrations in the file that this handbook does not know, with the handbook version
    /// that applied each (nil when the file does not say), oldest first.
    static func unknownMigrations(_ db: Database) throws -> [(migration: String, handbook: String?)] {
        let known = Set(migrator.migrations)
        let applied = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
        guard !applied.isEmpty else { return [] }
        var writers: [String: String] = [:]
        if try db.tableExists("recordsWriter") {
            for row in try Row.fetchAll(db, sql: "SELECT migration, handbook FROM recordsWriter") {
                if let migration = row["migration"] as String?, let handbook = row["handbook"] as String? {
                    writers[migration] = handbook
                }
            }
        }
        return applied.map { ($0, writers[$0]) }
    }
}
