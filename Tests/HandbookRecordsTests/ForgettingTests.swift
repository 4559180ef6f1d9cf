import Foundation
import GRDB
import Testing
import HandbookModel
@testable import HandbookRecords

/// Forgetting at the school's request: shown before it is done, done only when confirmed, and
/// final: an old register imported again skips the person, who is kept only as a token.
struct ForgettingTests {
    let today = Sample.date("2026-11-30")
    static let finley = Sample.row("Finley Hughes", signed: "01/09/2026")

    private func plan(_ text: String, path: String = "r.csv", today: CalendarDate? = nil) throws -> ImportPlan {
        try RegisterImport.plan(text, path: path, catalog: Sample.catalog(), today: today ?? self.today)
    }

    /// A store holding Finley Hughes (signed) and Jo Bloggs (not yet).
    private func twoPeople(_ scratch: Scratch) throws -> RecordsStore {
        let store = try scratch.store()
        _ = try store.apply(try plan(Sample.header + Self.finley + Sample.row("Jo Bloggs")))
        return store
    }

    @Test func unconfirmedForgettingShowsWhomAndChangesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try twoPeople(scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        guard case .matched(let found) = try store.forget(name: "finley hughes", confirmed: false) else {
            Issue.record("one person of that name is found")
            return
        }
        #expect(found.map(\.person.described) == ["Finley Hughes (Teacher, staff)"] && found.map(\.signatures) == [1])
        #expect(try store.forget(leftBefore: Sample.date("2026-12-01"), confirmed: false).map(\.person.name) == ["Finley Hughes", "Jo Bloggs"])
        #expect(try store.people().count == 2 && store.signatures().count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        #expect(!FileManager.default.fileExists(atPath: ForgetKey.path(store.folder)), "no key until someone is forgotten")
    }

    @Test func aForgottenPersonStaysForgottenWhenAnOldRegisterIsImportedAgain() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try twoPeople(scratch)
        _ = try store.forget(name: "Finley Hughes", confirmed: true)
        let again = try store.apply(try plan(Sample.header + Self.finley + Sample.row("Jo Bloggs", signed: "02/09/2026")))
        #expect(again == ImportSummary(peopleAdded: 0, signaturesAdded: 1, signaturesChanged: 0, unchanged: 0, skippedForgotten: 1))
        #expect(try store.people().map(\.name) == ["Jo Bloggs"])
        // Written another way on the register, he is still the same person.
        let respelled = try store.apply(try plan(Sample.header + Sample.row("  finley   HUGHES ", signed: "01/09/2026")))
        #expect(respelled.skippedForgotten == 1 && respelled.peopleAdded == 0)
        // Someone else of that name (a parent, here) is another person, and is recorded.
        let parent = try store.apply(try plan(Sample.header + Sample.row("Finley Hughes", audience: "parents")))
        #expect(parent.peopleAdded == 1 && parent.skippedForgotten == 0)
    }

    @Test func theNameIsKeptNowhereOnlyItsToken() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try twoPeople(scratch)
        _ = try store.forget(name: "Finley Hughes", confirmed: true)
        for file in [store.path, ForgetKey.path(store.folder)] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            for spelling in ["Finley Hughes", "finley hughes", "Finley", "finley"] {
                #expect(bytes.range(of: Data(spelling.utf8)) == nil, "\(spelling) is still in \(file)")
            }
        }
        let tokens = try DatabaseQueue(path: store.path).read { try String.fetchAll($0, sql: "SELECT token FROM forgotten") }
        #expect(tokens.count == 1 && tokens.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        let attributes = try FileManager.default.attributesOfItem(atPath: ForgetKey.path(store.folder))
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o600, "the key is readable by its owner only")
    }

    @Test func peopleWhoLeftStayForgottenAsTheClassTheyLeft() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        let lastYear = IdentityTests.pupils + IdentityTests.pupil("Finley Hughes", "3B", band: "years-3-4", signed: "10/09/2025")
        let thisYear = IdentityTests.pupils + IdentityTests.pupil("Finley Hughes", "4B", band: "years-3-4", signed: "10/09/2026")
        _ = try store.apply(try plan(lastYear, today: Sample.date("2025-09-20")))
        _ = try store.apply(try plan(thisYear, today: Sample.date("2026-09-20")))
        let left = try store.forget(leftBefore: Sample.date("2026-09-01"), confirmed: true)
        #expect(left.map(\.person.described) == ["Finley Hughes (3B, pupils/years-3-4)"])
        #expect(try store.people().map(\.roleOrClass) == ["4B"])
        let old = try store.apply(try plan(lastYear))
        #expect(old.skippedForgotten == 1 && old.peopleAdded == 0)
        let current = try store.apply(try plan(thisYear))
        #expect(current.skippedForgotten == 0 && current.unchanged == 1)
    }

    @Test func recordsThatLostTheirKeyImportAndForgetNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try twoPeople(scratch)
        _ = try store.forget(name: "Finley Hughes", confirmed: true)
        let key = ForgetKey.path(store.folder)
        try FileManager.default.removeItem(atPath: key)
        let people = try store.people()
        let importing = #expect(throws: RecordsError.self) { _ = try store.apply(try plan(Sample.header + Self.finley)) }
        #expect(importing?.path == key && importing?.line == nil)
        #expect(importing?.message == "the forget key is missing, so the people forgotten from these records cannot be recognised")
        #expect(importing?.hint == "restore forget.key from the same backup as records.sqlite into the records folder, then try again; nothing was changed")
        let forgetting = #expect(throws: RecordsError.self) { _ = try store.forget(name: "Jo Bloggs", confirmed: true) }
        #expect(forgetting?.message == importing?.message)
        #expect(try store.people() == people)
        #expect(!FileManager.default.fileExists(atPath: key), "a lost key is never replaced by a new one")
    }

    @Test func aKeyFromOtherRecordsOrDamagedIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try twoPeople(scratch)
        _ = try store.forget(name: "Finley Hughes", confirmed: true)
        let key = ForgetKey.path(store.folder)
        let other = try Scratch()
        defer { other.remove() }
        try FileManager.default.createDirectory(atPath: other.path + "/records", withIntermediateDirectories: true)
        _ = try ForgetKey.create(folder: other.path + "/records")
        try FileManager.default.removeItem(atPath: key)
        try FileManager.default.copyItem(atPath: ForgetKey.path(other.path + "/records"), toPath: key)
        let wrong = #expect(throws: RecordsError.self) { _ = try store.apply(try plan(Sample.header + Self.finley)) }
        #expect(wrong?.path == key)
        #expect(wrong?.message == "this forget key is not the one these records were made with")
        #expect(wrong?.hint == "put back the forget.key that was in this records folder, from the same backup as records.sqlite; nothing was changed")
        try Data("not a key\n".utf8).write(to: URL(fileURLWithPath: key))
        let damaged = #expect(throws: RecordsError.self) { _ = try store.apply(try plan(Sample.header + Self.finley)) }
        #expect(damaged?.path == key)
        #expect(damaged?.message == "the forget key is damaged")
        #expect(try store.people().map(\.name) == ["Jo Bloggs"])
    }

    @Test func recordsFromTheLastReleaseGainTheForgottenTableNamingThisHandbook() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        // Back to the file as handbook 1.1 left it: two migrations, no forgotten people.
        try DatabaseQueue(path: store.path).write { db in
            try db.execute(sql: """
                DROP TABLE forgotten; DROP TABLE forgetKeyCheck;
                DELETE FROM grdb_migrations WHERE identifier = '3-forgotten-people-kept-as-tokens';
                DELETE FROM recordsWriter WHERE migration = '3-forgotten-people-kept-as-tokens';
                """)
        }
        _ = try twoPeople(scratch)
        let writer = try DatabaseQueue(path: store.path).read {
            try String.fetchOne($0, sql: "SELECT handbook FROM recordsWriter WHERE migration = '3-forgotten-people-kept-as-tokens'")
        }
        #expect(writer == RecordsSchema.toolVersion && RecordsSchema.toolVersion == "1.2")
        #expect(try store.forget(name: "Finley Hughes", confirmed: true) != .matched([]))
    }
}
