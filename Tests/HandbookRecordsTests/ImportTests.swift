import Testing
import HandbookModel
@testable import HandbookRecords

/// Every way a register can be wrong, each named with its file and line and a way to fix it.
struct ImportErrorTests {
    let today = Sample.date("2026-11-30")
    let path = "returns/register-phones-2.0.csv"

    private func errors(_ text: String) -> [RecordsError] {
        do {
            _ = try RegisterImport.plan(text, path: path, catalog: Sample.catalog(), today: today)
            Issue.record("the register should be refused")
            return []
        } catch {
            return error.errors
        }
    }

    @Test func everyBadRowIsReportedWithItsLine() {
        let text = Sample.header
            + Sample.row("Jo Bloggs", signed: "01/09/2026")                         // 2: fine
            + ",Teacher,staff,phones,2.0,\(Sample.f20),\r\n"                        // 3: no name
            + Sample.row("Sam Lee", signed: "31/02/2026")                           // 4: no such date
            + Sample.row("Al Khan", fingerprint: Sample.f10, signed: "2026-09-02")   // 5: wrong fingerprint
            + Sample.row("Bo Diaz", version: "3.0", signed: "2026-09-02")            // 6: no such edition
            + "Cy Eve,Teacher,staf,phones,2.0,\(Sample.f20),\r\n"                   // 7: unknown audience
            + "Di Fox,Teacher,staff,phone,2.0,\(Sample.f20),\r\n"                   // 8: unknown policy
            + "Ed Gee,3B,pupils/years-3,phones,2.0,\(Sample.f20),\r\n"              // 9: unknown band
            + "Fi Hal,3B,pupils,phones,2.0,\(Sample.f20),\r\n"                      // 10: no band
            + Sample.row("Gu Ives", signed: "01/12/2026")                           // 11: after today
            + Sample.row("Jo Bloggs", signed: "02/09/2026")                         // 12: twice, other date
        let found = errors(text)
        let byLine = Dictionary(found.map { ($0.line ?? 0, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(found.allSatisfy { $0.path == path })
        #expect(found.count == 10)
        #expect(byLine[3]?.message == "this row has no name")
        #expect(byLine[4]?.message == "`31/02/2026` is not a date")
        #expect(byLine[4]?.hint?.contains("day/month/year, like 01/09/2026") == true)
        #expect(byLine[5]?.message == "the fingerprint `\(Sample.f10)` is not that of Mobile Phones Policy version 2.0 (cccccccccccc)")
        #expect(byLine[6]?.message == "Mobile Phones Policy has no released edition `3.0`")
        #expect(byLine[6]?.hint?.contains("the released editions are 1.0, 1.1, 2.0") == true)
        #expect(byLine[7]?.message == "`staf` is not an audience in content/handbook.yml")
        #expect(byLine[7]?.hint?.hasPrefix("did you mean `staff`?") == true)
        #expect(byLine[8]?.message == "there is no policy `phone`")
        #expect(byLine[8]?.hint?.hasPrefix("did you mean `phones`?") == true)
        #expect(byLine[9]?.message == "`years-3` is not a band of `pupils` in content/handbook.yml")
        #expect(byLine[9]?.hint?.hasPrefix("did you mean `pupils/years-3-4`?") == true)
        #expect(byLine[10]?.message == "Fi Hal has no band: `pupils` read by band in content/handbook.yml")
        #expect(byLine[11]?.message == "Gu Ives signed on 1 December 2026, which is after today")
        #expect(byLine[12]?.message == "lines 2 and 12 both name Jo Bloggs (Teacher, staff) for Mobile Phones Policy version 2.0, so the records cannot tell them apart")
    }

    @Test func aRegisterWithoutItsColumnsOrEmptyIsRefused() {
        #expect(errors("name,role\r\nJo,Teacher\r\n").first?.message == "the register's first line has no `audience`, `policy`, `version`, `fingerprint`, `signed` column")
        #expect(errors("name,role\r\nJo,Teacher\r\n").first?.line == 1)
        #expect(errors("").first?.message == "the register is empty")
        #expect(errors(Sample.header + "\"Jo,Teacher\r\n").first?.line == 2)
    }

    @Test func aShortFingerprintFromThePageIsEnough() throws {
        let plan = try RegisterImport.plan(Sample.header + Sample.row("Jo", fingerprint: "CCCCCCCCCCCC", signed: "01/09/2026"),
                                           path: path, catalog: Sample.catalog(), today: today)
        #expect(plan.entries.first?.signature?.fingerprint == Sample.f20)
        #expect(plan.entries.first?.signature?.sourceLine == 2)
        #expect(errors(Sample.header + Sample.row("Jo", fingerprint: "ccc", signed: "01/09/2026")).first?.line == 2)
    }
}

struct StoreTests {
    let today = Sample.date("2026-11-30")

    @Test func theSchemaIsMigratedAndTheSameRegisterTwiceChangesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        #expect(try store.appliedMigrations() == ["1-people-and-signatures", "2-people-told-apart-by-role-class-and-band", "3-forgotten-people-kept-as-tokens"])
        let text = Sample.header + Sample.row("Jo Bloggs", signed: "01/09/2026") + Sample.row("Sam Lee")
        let plan = try RegisterImport.plan(text, path: "r.csv", catalog: Sample.catalog(), today: today)
        let first = try store.apply(plan)
        #expect(first == ImportSummary(peopleAdded: 2, signaturesAdded: 1, signaturesChanged: 0, unchanged: 0))
        let people = try store.people(), signatures = try store.signatures()
        let again = try store.apply(plan)
        #expect(again.changedNothing && again.unchanged == 1)
        #expect(try store.people() == people && store.signatures() == signatures)
        #expect(signatures.first?.sourceFile == "r.csv" && signatures.first?.sourceLine == 2)
        // Reopening finds the same records and applies no migration twice.
        let reopened = try #require(try RecordsStore.open(folder: scratch.path + "/records", create: false))
        #expect(try reopened.people() == people)
        #expect(try reopened.integrityCheck() == "ok")
    }

    @Test func noStoreIsMadeWhenOnlyReading() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        #expect(try RecordsStore.open(folder: scratch.path + "/none", create: false) == nil)
    }

    @Test func forgettingRemovesThePersonAndTheirSignatures() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        let old = try RegisterImport.plan(Sample.header + Sample.row("Old Leaver", signed: "01/09/2025"), path: "a.csv",
                                          catalog: Sample.catalog(), today: Sample.date("2025-09-10"))
        _ = try store.apply(old)
        let now = try RegisterImport.plan(Sample.header + Sample.row("Jo Bloggs", signed: "01/09/2026") + Sample.row("Sam Lee"),
                                          path: "b.csv", catalog: Sample.catalog(), today: today)
        _ = try store.apply(now)
        guard case .matched(let jo) = try store.forget(name: "  jo   BLOGGS ", confirmed: true) else {
            Issue.record("one person of that name is forgotten")
            return
        }
        #expect(jo.map(\.person.name) == ["Jo Bloggs"] && jo.map(\.signatures) == [1])
        #expect(try store.forget(name: "Nobody", confirmed: true) == .matched([]))
        #expect(try store.forget(leftBefore: Sample.date("2026-01-01"), confirmed: true).map(\.person.name) == ["Old Leaver"])
        #expect(try store.people().map(\.name) == ["Sam Lee"])
        #expect(try store.signatures().isEmpty)
    }
}

struct StatusTests {
    private func status(_ catalog: EditionCatalog, register: String) throws -> SignatureStatus.PolicyStatus {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        _ = try store.apply(try RegisterImport.plan(register, path: "r.csv", catalog: Sample.catalog(), today: Sample.date("2026-11-30")))
        return try #require(SignatureStatus.report(catalog, people: try store.people(), signatures: try store.signatures()).first)
    }

    @Test func aCorrectionAsksNobodyAgainButAMaterialEditionAsksEveryone() throws {
        let register = Sample.header + Sample.row("Jo Bloggs", version: "1.0", fingerprint: Sample.f10, signed: "01/09/2025")
            + Sample.row("Sam Lee", version: "1.0", fingerprint: Sample.f10)
            + "Pip Quill,4C,pupils/years-3-4,phones,1.0,\(Sample.f10),02/09/2025\r\n"
            + "Ann Parent,Parent,parents,phones,1.0,\(Sample.f10),02/09/2025\r\n"
        let correction = try status(Sample.catalog(upTo: "1.1"), register: register)
        #expect(correction.edition == "1.1" && correction.signFrom == "1.0")
        #expect(correction.signed.map(\.name) == ["Jo Bloggs", "Pip Quill"])
        #expect(correction.outstanding.map(\.name) == ["Sam Lee"], "parents sign nothing in this policy")
        #expect(correction.outstanding.first?.reason == "never signed")
        let material = try status(Sample.catalog(upTo: "2.0"), register: register)
        #expect(material.signed.isEmpty)
        #expect(material.outstanding.map(\.name) == ["Jo Bloggs", "Pip Quill", "Sam Lee"])
        #expect(material.outstanding.first?.reason == "signed edition 1.0, older than edition 2.0, which changed what must be signed")
        #expect(material.outstanding.first?.lastSigned == "1.0")
        #expect(material.outstanding[1].audience == "pupils/years-3-4")
    }
}
