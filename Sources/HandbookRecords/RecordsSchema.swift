import GRDB

/// The records database's tables, built by numbered migrations so a school's file from an older
/// release is brought up to date in place, never rebuilt. Add a migration; never edit one.
enum RecordsSchema {
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
        return migrator
    }
}
