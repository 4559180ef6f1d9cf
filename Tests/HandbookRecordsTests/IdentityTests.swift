import Testing
import HandbookModel
@testable import HandbookRecords

/// Two people of one name are two people: told apart by audience, band, and role or class, in
/// registers, the import, the store and forgetting.
struct IdentityTests {
    let today = Sample.date("2026-11-30")
    static let pupils = "name,class,audience,policy,version,fingerprint,signed\r\n"

    static func pupil(_ name: String, _ className: String, band: String, signed: String = "") -> String {
        "\(name),\(className),pupils/\(band),phones,2.0,\(Sample.f20),\(signed)\r\n"
    }

    private func plan(_ text: String, path: String = "r.csv") throws -> ImportPlan {
        try RegisterImport.plan(text, path: path, catalog: Sample.catalog(), today: today)
    }

    @Test func twoPupilsOfOneNameInDifferentClassesAndBandsKeepTheirOwnSignatures() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        // One register with both: it used to be refused as one person twice.
        let both = Self.pupils + Self.pupil("Amy Smith", "3B", band: "years-3-4", signed: "01/09/2026")
            + Self.pupil("Amy Smith", "5C", band: "years-5-6")
        #expect(try store.apply(try plan(both)).peopleAdded == 2)
        // Another register signs the second: her signature must not move to the first.
        _ = try store.apply(try plan(Self.pupils + Self.pupil("amy  smith", "5c", band: "years-5-6", signed: "03/09/2026"), path: "s.csv"))
        let people = try store.people()
        #expect(people.map(\.described) == ["Amy Smith (3B, pupils/years-3-4)", "amy  smith (5c, pupils/years-5-6)"])
        let signatures = try store.signatures()
        #expect(signatures.count == 2)
        let signedBy = Dictionary(uniqueKeysWithValues: signatures.map { ($0.personID, $0.signed.description) })
        #expect(signedBy[people[0].id] == "2026-09-01" && signedBy[people[1].id] == "2026-09-03")
        let status = try #require(SignatureStatus.report(Sample.catalog(), people: people, signatures: signatures).first)
        #expect(status.signed.map(\.role) == ["3B", "5c"] && status.outstanding.isEmpty)
    }

    @Test func rowsThatCannotBeToldApartStopTheImportNamingBothLinesAndNeverAskingToDeleteOne() throws {
        let text = Self.pupils + Self.pupil("Amy Smith", "3B", band: "years-3-4", signed: "01/09/2026")
            + Self.pupil("Ben Ray", "3B", band: "years-3-4")
            + Self.pupil("AMY SMITH", "3b", band: "years-3-4", signed: "01/09/2026")
        let errors = try #require(throws: RecordsErrors.self, "two rows the records cannot tell apart must stop the import") {
            try RegisterImport.plan(text, path: "r.csv", catalog: Sample.catalog(), today: today)
        }
        let error = errors.errors.first
        #expect(errors.errors.count == 1)
        #expect(error?.path == "r.csv" && error?.line == 4)
        #expect(error?.message == "lines 2 and 4 both name AMY SMITH (3b, pupils/years-3-4) for Mobile Phones Policy version 2.0, so the records cannot tell them apart")
        #expect(error?.hint?.contains("add what tells them apart to the name on each line, such as a middle initial (`Amy J Smith`)") == true)
        #expect(error?.hint?.contains("delete") == false)
    }

    @Test func aRegisterIsAddedToWithASecondPersonOfTheSameNameInAnotherClass() throws {
        let existing = Self.pupils + Self.pupil("Amy Smith", "3B", band: "years-3-4", signed: "01/09/2026")
        let rows = [("3B", "years-3-4"), ("5C", "years-5-6")].map {
            Register.Row(name: "Amy Smith", roleOrClass: $0.0, audience: "pupils/\($0.1)", policy: "phones", version: "2.0",
                         fingerprint: Sample.f20)
        }
        let merged = try Register.merge(rows, into: existing, path: "out/register-phones-2.0.csv", pupils: true)
        #expect(merged.added == 1)
        #expect(merged.text == existing + Self.pupil("Amy Smith", "5C", band: "years-5-6"))
    }

    @Test func forgettingANameSeveralPeopleShareForgetsNobodyUntilToldWhich() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try scratch.store()
        _ = try store.apply(try plan(Self.pupils + Self.pupil("Amy Smith", "3B", band: "years-3-4", signed: "01/09/2026")
            + Self.pupil("Amy Smith", "5C", band: "years-5-6", signed: "02/09/2026")))
        guard case .several(let found) = try store.forget(name: "amy smith", confirmed: true) else {
            Issue.record("a name two people share must not forget both")
            return
        }
        let both = found.map(\.person)
        #expect(found.map(\.signatures) == [1, 1])
        #expect(both.map(\.described) == ["Amy Smith (3B, pupils/years-3-4)", "Amy Smith (5C, pupils/years-5-6)"])
        #expect(try store.people().count == 2)
        #expect(try store.forget(name: "Amy Smith", roleOrClass: "5c", confirmed: true) == .matched([found[1]]))
        #expect(try store.people() == [both[0]])
        #expect(try store.signatures().map(\.personID) == [both[0].id])
    }
}
