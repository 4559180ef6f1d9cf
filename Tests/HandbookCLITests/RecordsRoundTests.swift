import Foundation
import HandbookRecords
import HandbookTestSupport
import Testing

/// The office's round through the real command: print, collect, type the dates, import, see who
/// is missing — across a material edition and a correction.
struct RecordsRoundTests {
    static let templates = ["--content", "content", "--templates", Repository.templates]

    private func run(_ arguments: [String], _ fixture: Fixture) throws -> HandbookRunner.Result {
        try HandbookRunner.run(arguments, in: fixture.root)
    }

    /// `records status --format json` as [policy: (signed, outstanding names)].
    static func status(_ fixture: Fixture, _ policy: String = "mobile-phones") throws -> (signed: [String], outstanding: [[String: String]]) {
        let result = try HandbookRunner.run(["records", "status", policy, "--format", "json", "--content", "content"], in: fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
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

    @Test func thirtyStaffAcrossAMaterialEditionAndACorrection() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try run(["release", "mobile-phones", "--content", "content", "--date", "2026-07-01"], fixture).status == 0)
        let names = (1...30).map { "Staff Member \($0)" }
        try fixture.write("staff.csv", "name,role\n" + names.map { "\($0),Teacher" }.joined(separator: "\n") + "\n")

        let forms = try run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "forms-out"] + Self.templates, fixture)
        #expect(forms.status == 0, "\(forms.stderr)")
        #expect(forms.stdout.contains("Wrote 30 named sheets"))
        let register = try fixture.read("forms-out/register-mobile-phones-2.3.csv")
        // 28 returns come back; two people (rows 7 and 19) have not signed. Dates are typed both ways.
        try fixture.write("returns.csv", Self.fillIn(register) { row in
            [7, 19].contains(row) ? nil : (row % 2 == 0 ? "0\(row % 9 + 1)/09/2026" : "2026-09-1\(row % 10)")
        })
        let imported = try run(["records", "import", "returns.csv", "--content", "content", "--today", "2026-11-30"], fixture)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("28 signatures added, 0 dates changed, 30 people added"))
        let again = try run(["records", "import", "returns.csv", "--content", "content", "--today", "2026-11-30"], fixture)
        #expect(again.stdout.contains("returns.csv was already imported: nothing changed"))

        var status = try Self.status(fixture)
        #expect(status.signed.count == 28)
        #expect(status.outstanding.map { $0["name"] ?? "" } == ["Staff Member 19", "Staff Member 7"])
        #expect(status.outstanding.allSatisfy { $0["reason"] == "never signed" })

        // A material edition: everyone signs again.
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "not responsible for lost phones", with: "not responsible for lost or broken phones")
        let material = try run(["release", "mobile-phones", "--content", "content", "--date", "2026-12-01"], fixture)
        #expect(material.status == 0, "\(material.stderr)")
        status = try Self.status(fixture)
        #expect(status.signed.isEmpty && status.outstanding.count == 30)
        #expect(status.outstanding.first { $0["name"] == "Staff Member 1" }?["reason"]?.hasPrefix("signed edition 2.3, older than edition 2.4") == true)

        // A correction asks nobody again: still 30 people, each once.
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.4\"", with: "version: \"2.5\"")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true", with: "material: false")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "lost or broken phones", with: "lost or damaged phones")
        let correction = try run(["release", "mobile-phones", "--content", "content", "--date", "2026-12-02"], fixture)
        #expect(correction.status == 0, "\(correction.stderr)")
        status = try Self.status(fixture)
        #expect(status.outstanding.count == 30)
        #expect(Set(status.outstanding.compactMap { $0["name"] }).count == 30)

        let outstanding = try run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "forms-out", "--outstanding"] + Self.templates, fixture)
        #expect(outstanding.status == 0, "\(outstanding.stderr)")
        #expect(outstanding.stdout.contains("Wrote 30 named sheets"))
        let pack = try fixture.read("forms-out/mobile-phones-2.5-staff-sign-off.html")
        #expect(pack.components(separatedBy: "<section class=\"named-sheet\"").count - 1 == 30)
        #expect(try fixture.read("forms-out/register-mobile-phones-2.3.csv") == register, "the old register is untouched")

        let forget = try run(["records", "forget", "Staff Member 12", "--content", "content"], fixture)
        #expect(forget.status == 0, "\(forget.stderr)")
        #expect(forget.stdout.contains("Forgot 1 person and their signatures"))
        status = try Self.status(fixture)
        #expect(status.outstanding.count == 29)
        #expect(!status.outstanding.contains { $0["name"] == "Staff Member 12" })
        let export = try run(["records", "export", "--content", "content"], fixture)
        #expect(!export.stdout.contains("Staff Member 12,") && export.stdout.contains("Staff Member 13,Teacher,staff,2026-11-30,mobile-phones,2.3,"))
    }

    @Test func onlyOutstandingPeopleGetSheetsAndTheRegisterKeepsItsDates() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try run(["release", "mobile-phones", "--content", "content", "--date", "2026-07-01"], fixture).status == 0)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\nSam Lee,Governor\n")
        #expect(try run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "out"] + Self.templates, fixture).status == 0)
        let filled = Self.fillIn(try fixture.read("out/register-mobile-phones-2.3.csv")) { $0 == 1 ? "01/09/2026" : nil }
        try fixture.write("out/register-mobile-phones-2.3.csv", filled)
        #expect(try run(["records", "import", "out/register-mobile-phones-2.3.csv", "--content", "content", "--today", "2026-11-30"], fixture).status == 0)

        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\nSam Lee,Governor\nAl Khan,Cook\n")
        let result = try run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "out", "--outstanding"] + Self.templates, fixture)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote 2 named sheets"))
        #expect(result.stdout.contains("Added 1 new name to the register of returns"))
        let pack = try fixture.read("out/mobile-phones-2.3-staff-sign-off.html")
        #expect(!pack.contains("Jo Bloggs") && pack.contains("Sam Lee") && pack.contains("Al Khan"))
        let register = try fixture.read("out/register-mobile-phones-2.3.csv")
        let bytes = try Data(contentsOf: fixture.url("out/register-mobile-phones-2.3.csv"))
        #expect(bytes.starts(with: Data(filled.utf8)), "the typed dates are kept byte for byte, mark and all")
        #expect(register.contains("\r\nAl Khan;Cook;staff;mobile-phones;2.3;") && register.hasSuffix(";\r\n"))

        // Without a roster, the records say who is left.
        let records = try run(["forms", "mobile-phones", "--output", "out2", "--outstanding"] + Self.templates, fixture)
        #expect(records.stdout.contains("Wrote 1 named sheets"), "\(records.stderr)")
    }

    @Test func namedPupilAgreementsFromAClassList() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("class.csv", "name;class\nPip Quill;4C\nRo Stone;4C\n")
        let result = try run(["forms", "mobile-phones", "--roster", "class.csv", "--output", "out", "--audience", "children",
                              "--band", "key-stage-2"] + Self.templates, fixture)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote 2 named sheets"))
        let pack = try fixture.read("out/mobile-phones-2.3-children-agreement-key-stage-2.html")
        #expect(pack.components(separatedBy: "<section class=\"named-sheet\"").count - 1 == 2)
        #expect(pack.contains("<span class=\"sign-filled\">Pip Quill</span>"))
        #expect(pack.contains("I will hand my phone in at the gate each day."))
        #expect(pack.contains("Parent or carer’s name (in capitals)"))
        #expect(pack.contains("<span class=\"sign-filled\">4C</span>"), "the class is filled in")
        let register = try fixture.read("out/register-mobile-phones-2.3.csv")
        #expect(register.hasPrefix("name,class,audience,policy,version,fingerprint,signed\r\nPip Quill,4C,children/key-stage-2,mobile-phones,2.3,"))
    }
}
