import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Chase lists: who still has to sign, grouped by class (from the class list) or staff role, in
/// `records status --by` and as a printed page per class or role from `forms --chase`.
struct ChaseListTests {
    /// The register with a date typed in on the rows of `signers` only, as the office saves it.
    static func returned(_ register: String, signers: Set<String>) -> String {
        register.components(separatedBy: "\r\n").map { line in
            signers.contains(where: { line.hasPrefix($0 + ",") }) ? line + "01/09/2026" : line
        }.joined(separator: "\r\n")
    }

    /// The text of each page section of a chase list, in order.
    static func sections(_ html: String) -> [String] {
        Array(html.components(separatedBy: "<section class=\"named-sheet\"")[1...])
    }

    @Test func aClassListOfTwoClassesIsChasedClassByClass() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("classes.csv", "name,class\nAmy Smith,3B\nBen Ray,10A\nCara Oak,3B\nDev Patel,10A\nEve Long,3b\n")
        let made = await fixture.forms("mobile-phones", roster: "classes.csv", output: "out", audience: "children", band: "key-stage-2")
        #expect(made.diagnostics.isEmpty, "\(made.diagnostics.printed)")
        let register = "out/register-mobile-phones-2.3.csv"
        try fixture.write(register, Self.returned(try fixture.read(register), signers: ["Ben Ray", "Cara Oak"]))
        let imported = try await fixture.importRegister(register)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.printed)")

        let status = await RecordsDesk.status(policy: nil, place: fixture.records)
        #expect(status.diagnostics.isEmpty, "\(status.diagnostics.printed)")
        // Classes sorted as people count (3B before 10A), case and spacing of a class ignored.
        #expect(RecordsDesk.text(status.report, by: .class) == """
            3B (children/key-stage-2): 2 still to sign
              Amy Smith: Mobile Phones Policy (mobile-phones), edition 2.3: never signed
              Eve Long: Mobile Phones Policy (mobile-phones), edition 2.3: never signed
            10A (children/key-stage-2): 1 still to sign
              Dev Patel: Mobile Phones Policy (mobile-phones), edition 2.3: never signed
            """)
        #expect(RecordsDesk.text(status.report, by: .role) == "Nobody with a role still has to sign.")

        let grouped = try JSONSerialization.jsonObject(with: Data(RecordsDesk.json(status.report, by: .class).utf8)) as? [[String: Any]]
        #expect(grouped?.map { $0["name"] as? String } == ["3B", "10A"])
        #expect(grouped?.first?["audience"] as? String == "children/key-stage-2")
        let firstOutstanding = (grouped?.first?["outstanding"] as? [[String: Any]])?.first
        #expect(firstOutstanding?["name"] as? String == "Amy Smith" && firstOutstanding?["policy"] as? String == "mobile-phones")

        // The policy-by-policy JSON keeps its shape and gains each pupil's class.
        let plain = try JSONSerialization.jsonObject(with: Data(RecordsDesk.json(status.report).utf8)) as? [[String: Any]]
        let signed = try #require(plain?.first?["signed"] as? [[String: Any]])
        #expect(signed.map { $0["class"] as? String } == ["10A", "3B"])
        #expect(signed.map { $0["role"] as? String } == ["10A", "3B"])
        let outstanding = try #require(plain?.first?["outstanding"] as? [[String: Any]])
        #expect(outstanding.first { $0["name"] as? String == "Eve Long" }?["class"] as? String == "3b")

        let chase = await fixture.forms("mobile-phones", roster: "classes.csv", output: "chase", audience: "children",
                                        band: "key-stage-2", chase: true)
        #expect(chase.diagnostics.isEmpty, "\(chase.diagnostics.printed)")
        let file = fixture.path("chase/chase-mobile-phones-2.3-children-key-stage-2.html")
        #expect(chase.chaseList == file && chase.people == 3 && chase.chasePages == 2)
        #expect(chase.doneLines(for: fixture.formsRequest("mobile-phones", roster: "classes.csv", output: "chase", chase: true))
                == ["Wrote a chase list of 3 people still to sign, on 2 pages, to \(file)"])
        #expect(!FileManager.default.fileExists(atPath: fixture.path("chase/register-mobile-phones-2.3.csv")))
        let pages = Self.sections(try fixture.read("chase/chase-mobile-phones-2.3-children-key-stage-2.html"))
        #expect(pages.count == 2)
        let first = try #require(pages.first), second = try #require(pages.last)
        #expect(first.contains("<h1>Still to sign: class 3B</h1>") && first.contains("List 1 of 2. 2 people have not signed edition 2.3"))
        #expect(first.contains("<tr><td>Amy Smith</td><td>Never signed this policy</td>") && first.contains("<tr><td>Eve Long</td>"))
        #expect(!first.contains("Dev Patel") && !first.contains("Ben Ray") && !first.contains("Cara Oak"))
        #expect(second.contains("<h1>Still to sign: class 10A</h1>") && second.contains("List 2 of 2. 1 person has not signed"))
        #expect(second.contains("<tr><td>Dev Patel</td>") && !second.contains("Amy Smith") && !second.contains("Ben Ray"))
        for page in pages { #expect(page.contains("<dt>School</dt>") && page.contains("<dt>Version</dt><dd>2.3</dd>")) }
    }

    @Test func staffAreChasedByRoleWithWhyEachIsListed() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\nKim Lee,Teaching assistant\nSam Hill,Teacher\n")
        #expect(await fixture.forms("mobile-phones", roster: "staff.csv", output: "out").diagnostics.isEmpty)
        let register = "out/register-mobile-phones-2.3.csv"
        try fixture.write(register, Self.returned(try fixture.read(register), signers: ["Jo Bloggs", "Kim Lee"]))
        #expect(try await fixture.importRegister(register).diagnostics.isEmpty)
        // A material edition: Jo and Kim signed only the older one.
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "not responsible for lost phones", with: "not responsible for lost or broken phones")
        #expect(try await fixture.release("mobile-phones", date: "2026-12-01").folder != nil)

        let status = await RecordsDesk.status(policy: "mobile-phones", place: fixture.records)
        #expect(RecordsDesk.text(status.report, by: .role) == """
            Teacher (staff): 2 still to sign
              Jo Bloggs: Mobile Phones Policy (mobile-phones), edition 2.4: signed edition 2.3, older than edition 2.4, which changed what must be signed
              Sam Hill: Mobile Phones Policy (mobile-phones), edition 2.4: never signed
            Teaching assistant (staff): 1 still to sign
              Kim Lee: Mobile Phones Policy (mobile-phones), edition 2.4: signed edition 2.3, older than edition 2.4, which changed what must be signed
            """)
        #expect(RecordsDesk.text(status.report, by: .class) == "Nobody in a class still has to sign.")
        let plain = try JSONSerialization.jsonObject(with: Data(RecordsDesk.json(status.report).utf8)) as? [[String: Any]]
        let outstanding = try #require(plain?.first?["outstanding"] as? [[String: Any]])
        #expect(outstanding.allSatisfy { $0["class"] == nil && $0["role"] != nil })

        // Without a roster, the records name the people.
        let chase = await fixture.forms("mobile-phones", roster: nil, output: "chase", chase: true)
        #expect(chase.diagnostics.isEmpty && chase.chasePages == 2 && chase.people == 3, "\(chase.diagnostics.printed)")
        let pages = Self.sections(try fixture.read("chase/chase-mobile-phones-2.4-staff.html"))
        #expect(pages.count == 2)
        let teachers = try #require(pages.first)
        #expect(teachers.contains("<h1>Still to sign: Teacher</h1>"))
        #expect(teachers.contains("<tr><td>Jo Bloggs</td><td>Signed edition 2.3, an older edition: what they sign has changed since</td>"))
        #expect(teachers.contains("<tr><td>Sam Hill</td><td>Never signed this policy</td>"))
        #expect(pages.last?.contains("<tr><td>Kim Lee</td><td>Signed edition 2.3, an older edition") == true)
    }

    @Test func aChaseListIsNeverWrittenIntoTheSite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        #expect(await fixture.build().succeeded)
        let chase = await fixture.forms("mobile-phones", roster: nil, output: "site/chase", chase: true)
        let problem = try #require(chase.diagnostics.first)
        #expect(problem.location == SourceLocation(file: fixture.path("site/chase")))
        #expect(problem.hint == "choose a folder outside the site, such as --output forms-out")
        #expect(chase.chaseList == nil && !FileManager.default.fileExists(atPath: fixture.path("site/chase")))
    }

    @Test func aChaseListWithoutRecordsSaysWhereTheyWereLookedFor() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        let chase = await fixture.forms("mobile-phones", roster: nil, output: "chase", chase: true)
        let problem = try #require(chase.diagnostics.first)
        #expect(chase.diagnostics.count == 1 && problem.severity == .error)
        #expect(problem.location == SourceLocation(file: fixture.path("records")))
        #expect(problem.message == "there are no records here yet")
        #expect(chase.chaseList == nil && !FileManager.default.fileExists(atPath: fixture.path("chase")))
    }
}

/// A chase list printed by a real browser and read back from the PDF.
@Suite(.enabled(if: PrintTools.shouldRun, "needs chromium and poppler-utils"))
struct ChaseListPrintTests {
    @Test func eachClassOfAChaseListPrintsOnItsOwnNumberedA4Page() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("classes.csv", "name,class\nAmy Smith,3B\nBen Ray,10A\nCara Oak,3B\nDev Patel,10A\n")
        #expect(await fixture.forms("mobile-phones", roster: "classes.csv", output: "out", audience: "children",
                                    band: "key-stage-2").diagnostics.isEmpty)
        let register = "out/register-mobile-phones-2.3.csv"
        try fixture.write(register, ChaseListTests.returned(try fixture.read(register), signers: ["Cara Oak"]))
        #expect(try await fixture.importRegister(register).diagnostics.isEmpty)

        let chase = await fixture.forms("mobile-phones", roster: "classes.csv", output: "chase", audience: "children",
                                        band: "key-stage-2", chase: true, pdf: true)
        #expect(chase.diagnostics.isEmpty, "\(chase.diagnostics.printed)")
        let pdf = URL(fileURLWithPath: try #require(chase.pdf))
        #expect(try PrintTools.pageSizes(pdf) == [FormsPrintTests.a4, FormsPrintTests.a4])
        let pages = try PrintTools.pageTexts(pdf).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(pages.count == 2)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Mobile Phones Policy") && page.contains("Edition 2.3") && page.contains("Page \(index + 1) of 2"), "\(page)")
        }
        #expect(pages.first?.contains("Still to sign: class 3B") == true && pages.first?.contains("Amy Smith Never signed this policy") == true)
        #expect(pages.first?.contains("Ben Ray") == false && pages.first?.contains("Cara Oak") == false)
        #expect(pages.last?.contains("Still to sign: class 10A") == true && pages.last?.contains("Ben Ray") == true
                && pages.last?.contains("Dev Patel") == true && pages.last?.contains("Amy Smith") == false)
    }
}
