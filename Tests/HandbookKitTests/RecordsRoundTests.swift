import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The office's round through the façade the commands call: print, collect, type the dates,
/// import, see who is missing — across a material edition and a correction.
struct RecordsRoundTests {
    /// `records status` for one policy: who signed, and who is still to sign with why.
    static func status(_ fixture: Fixture, _ policy: String = "mobile-phones") async throws -> (signed: [String], outstanding: [[String: String]]) {
        let outcome = await RecordsDesk.status(policy: policy, place: fixture.records)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.printed)")
        // Read back from the JSON `records status --format json` prints, as a tool would read it.
        let json = try JSONSerialization.jsonObject(with: Data(RecordsDesk.json(outcome.report).utf8)) as? [[String: Any]] ?? []
        let entry = try #require(json.first)
        let signed = (entry["signed"] as? [[String: String]] ?? []).compactMap { $0["name"] }
        return (signed, entry["outstanding"] as? [[String: String]] ?? [])
    }

    /// The register as Excel saves it after dates are typed in: a byte-order mark, semicolons,
    /// CRLF, and a date in the `signed` column of the people chosen.
    static func fillIn(_ register: String, signing: (Int) -> String?) -> String {
        var lines = register.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        for index in 1..<lines.count {
            if let date = signing(index) { lines[index] += date }
        }
        return "\u{FEFF}" + lines.map { $0.replacingOccurrences(of: ",", with: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    @Test func thirtyStaffAcrossAMaterialEditionAndACorrection() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        let names = (1...30).map { "Staff Member \($0)" }
        try fixture.write("staff.csv", "name,role\n" + names.map { "\($0),Teacher" }.joined(separator: "\n") + "\n")

        let request = fixture.formsRequest("mobile-phones", roster: "staff.csv", output: "forms-out")
        let forms = await SignOffPack.make(request)
        #expect(forms.diagnostics.isEmpty, "\(forms.diagnostics.printed)")
        #expect(forms.doneLines(for: request).first == "Wrote 30 named sheets to \(fixture.path("forms-out/mobile-phones-2.3-staff-sign-off.html"))")
        let register = try fixture.read("forms-out/register-mobile-phones-2.3.csv")
        // 28 returns come back; two people (rows 7 and 19) have not signed. Dates are typed both ways.
        try fixture.write("returns.csv", Self.fillIn(register) { row in
            [7, 19].contains(row) ? nil : (row % 2 == 0 ? "0\(row % 9 + 1)/09/2026" : "2026-09-1\(row % 10)")
        })
        let store = fixture.path("records/records.sqlite")
        let imported = try await fixture.importRegister("returns.csv")
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.printed)")
        #expect(imported.doneMessage(file: "returns.csv")
                == "Imported returns.csv into \(store): 28 signatures added, 0 dates changed, 30 people added")
        let again = try await fixture.importRegister("returns.csv")
        #expect(again.doneMessage(file: "returns.csv") == "returns.csv was already imported: nothing changed in \(store)")

        var status = try await Self.status(fixture)
        #expect(status.signed.count == 28)
        #expect(status.outstanding.map { $0["name"] ?? "" } == ["Staff Member 19", "Staff Member 7"])
        #expect(status.outstanding.allSatisfy { $0["reason"] == "never signed" })

        // A material edition: everyone signs again.
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "not responsible for lost phones", with: "not responsible for lost or broken phones")
        let material = try await fixture.release("mobile-phones", date: "2026-12-01")
        #expect(material.folder != nil, "\(material.diagnostics.printed)")
        status = try await Self.status(fixture)
        #expect(status.signed.isEmpty && status.outstanding.count == 30)
        #expect(status.outstanding.first { $0["name"] == "Staff Member 1" }?["reason"]?.hasPrefix("signed edition 2.3, older than edition 2.4") == true)

        // A correction asks nobody again: still 30 people, each once.
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.4\"", with: "version: \"2.5\"")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true", with: "material: false")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "lost or broken phones", with: "lost or damaged phones")
        let correction = try await fixture.release("mobile-phones", date: "2026-12-02")
        #expect(correction.folder != nil, "\(correction.diagnostics.printed)")
        status = try await Self.status(fixture)
        #expect(status.outstanding.count == 30)
        #expect(Set(status.outstanding.compactMap { $0["name"] }).count == 30)

        let outstanding = await fixture.forms("mobile-phones", roster: "staff.csv", output: "forms-out", outstanding: true)
        #expect(outstanding.diagnostics.isEmpty, "\(outstanding.diagnostics.printed)")
        #expect(outstanding.people == 30)
        let pack = try fixture.read("forms-out/mobile-phones-2.5-staff-sign-off.html")
        #expect(pack.components(separatedBy: "<section class=\"named-sheet\"").count - 1 == 30)
        #expect(try fixture.read("forms-out/register-mobile-phones-2.3.csv") == register, "the old register is untouched")

        let forget = RecordsDesk.forget(name: "Staff Member 12", leftBefore: nil, today: Fixture.today, confirmed: true, place: fixture.records)
        #expect(forget.diagnostics.isEmpty, "\(forget.diagnostics.printed)")
        #expect(forget.doneMessage == "Forgot 1 person and their signatures")
        status = try await Self.status(fixture)
        #expect(status.outstanding.count == 29)
        #expect(!status.outstanding.contains { $0["name"] == "Staff Member 12" })
        let export = try #require(RecordsDesk.export(place: fixture.records, output: nil).csv)
        #expect(!export.contains("Staff Member 12,") && export.contains("Staff Member 13,Teacher,staff,2026-11-30,mobile-phones,2.3,"))
    }

    @Test func onlyOutstandingPeopleGetSheetsAndTheRegisterKeepsItsDates() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\nSam Lee,Governor\n")
        #expect(await fixture.forms("mobile-phones", roster: "staff.csv", output: "out").diagnostics.isEmpty)
        let filled = Self.fillIn(try fixture.read("out/register-mobile-phones-2.3.csv")) { $0 == 1 ? "01/09/2026" : nil }
        try fixture.write("out/register-mobile-phones-2.3.csv", filled)
        #expect(try await fixture.importRegister("out/register-mobile-phones-2.3.csv").summary?.signaturesAdded == 1)

        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\nSam Lee,Governor\nAl Khan,Cook\n")
        let request = fixture.formsRequest("mobile-phones", roster: "staff.csv", output: "out", outstanding: true)
        let result = await SignOffPack.make(request)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.printed)")
        #expect(result.doneLines(for: request) == [
            "Wrote 2 named sheets to \(fixture.path("out/mobile-phones-2.3-staff-sign-off.html"))",
            "Added 1 new name to the register of returns \(fixture.path("out/register-mobile-phones-2.3.csv")) (the rows already in it were kept)",
        ])
        let pack = try fixture.read("out/mobile-phones-2.3-staff-sign-off.html")
        #expect(!pack.contains("Jo Bloggs") && pack.contains("Sam Lee") && pack.contains("Al Khan"))
        let register = try fixture.read("out/register-mobile-phones-2.3.csv")
        let bytes = try Data(contentsOf: fixture.url("out/register-mobile-phones-2.3.csv"))
        #expect(bytes.starts(with: Data(filled.utf8)), "the typed dates are kept byte for byte, mark and all")
        #expect(register.contains("\r\nAl Khan;Cook;staff;mobile-phones;2.3;") && register.hasSuffix(";\r\n"))

        // Without a roster, the records say who is left.
        let records = await fixture.forms("mobile-phones", roster: nil, output: "out2", outstanding: true)
        #expect(records.people == 1, "\(records.diagnostics.printed)")

        // Once everyone has signed, there is no one to print for.
        try fixture.write("out/register-mobile-phones-2.3.csv", register.replacingOccurrences(of: ";\r\n", with: ";02/09/2026\r\n"))
        #expect(try await fixture.importRegister("out/register-mobile-phones-2.3.csv").summary?.signaturesAdded == 2)
        let nobodyRequest = fixture.formsRequest("mobile-phones", roster: nil, output: "out3", outstanding: true)
        let nobody = await SignOffPack.make(nobodyRequest)
        #expect(nobody.diagnostics.isEmpty && nobody.pack == nil)
        #expect(nobody.doneLines(for: nobodyRequest) == ["Nobody still has to sign mobile-phones: no sheets written"])
        #expect(!FileManager.default.fileExists(atPath: fixture.path("out3")))
    }

    @Test func namedPupilAgreementsFromAClassList() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("class.csv", "name;class\nPip Quill;4C\nRo Stone;4C\n")
        let result = await fixture.forms("mobile-phones", roster: "class.csv", output: "out", audience: "children", band: "key-stage-2")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.printed)")
        #expect(result.people == 2)
        let pack = try fixture.read("out/mobile-phones-2.3-children-agreement-key-stage-2.html")
        #expect(pack.components(separatedBy: "<section class=\"named-sheet\"").count - 1 == 2)
        #expect(pack.contains("<span class=\"sign-filled\">Pip Quill</span>"))
        #expect(pack.contains("I will hand my phone in at the gate each day."))
        #expect(pack.contains("Parent or carer’s name (in capitals)"))
        #expect(pack.contains("<span class=\"sign-filled\">4C</span>"), "the class is filled in")
        let register = try fixture.read("out/register-mobile-phones-2.3.csv")
        #expect(register.hasPrefix("name,class,audience,policy,version,fingerprint,signed\r\nPip Quill,4C,children/key-stage-2,mobile-phones,2.3,"))
    }

    /// What `records status` prints for people to read.
    @Test func theStatusTextNamesEachPolicyAndEveryoneStillToSign() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = await RecordsDesk.status(policy: nil, place: fixture.records)
        #expect(before.diagnostics.isEmpty)
        #expect(RecordsDesk.text(before.report) == "No released policy asks anyone to sign yet.")

        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\nSam Lee,Governor\n")
        #expect(await fixture.forms("mobile-phones", roster: "staff.csv", output: "out").diagnostics.isEmpty)
        let register = try fixture.read("out/register-mobile-phones-2.3.csv")
        try fixture.write("out/register-mobile-phones-2.3.csv", Self.fillIn(register) { $0 == 1 ? "2026-09-01" : nil })
        #expect(try await fixture.importRegister("out/register-mobile-phones-2.3.csv").summary?.signaturesAdded == 1)

        let status = await RecordsDesk.status(policy: nil, place: fixture.records)
        #expect(status.diagnostics.isEmpty, "\(status.diagnostics.printed)")
        #expect(RecordsDesk.text(status.report) == """
            Mobile Phones Policy (mobile-phones), edition 2.3: 1 signed, 1 still to sign
              still to sign: Sam Lee (Governor): never signed
            """)
    }
}

/// Names on rosters, registers and in the records never reach the site.
struct RecordsPrivacyTests {
    @Test func noNameFromTheRecordsReachesTheSite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("staff.csv", "name,role\nZebedee Quartermaine,Teacher\nXanthe Oddling,Governor\n")
        try fixture.write("class.csv", "name,class\nWilhelmina Yarrowby,4C\n")
        #expect(await fixture.forms("mobile-phones", roster: "staff.csv", output: "forms-out").diagnostics.isEmpty)
        #expect(await fixture.forms("mobile-phones", roster: "class.csv", output: "forms-out", audience: "children",
                                    band: "key-stage-1").diagnostics.isEmpty)
        let register = try fixture.read("forms-out/register-mobile-phones-2.3.csv")
        try fixture.write("forms-out/register-mobile-phones-2.3.csv", register.replacingOccurrences(of: ",\r\n", with: ",01/09/2026\r\n"))
        let imported = try await fixture.importRegister("forms-out/register-mobile-phones-2.3.csv")
        #expect(imported.summary?.signaturesAdded == 3, "\(imported.diagnostics.printed)")
        #expect(FileManager.default.fileExists(atPath: fixture.path("records/records.sqlite")))

        #expect(await fixture.build().succeeded)
        let site = snapshotTree(fixture.output)
        #expect(!site.isEmpty)
        #expect(!site.keys.contains { $0.contains("records") || $0.hasSuffix(".csv") || $0.hasSuffix(".sqlite") })
        for (path, data) in site {
            let text = String(decoding: data, as: UTF8.self)
            for name in ["Zebedee", "Quartermaine", "Xanthe", "Oddling", "Wilhelmina", "Yarrowby"] {
                #expect(!text.contains(name), "\(path) holds \(name)")
            }
        }
    }
}
