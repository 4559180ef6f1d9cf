import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// A material edition asks to sign again only the readers whose part of it changed: staff for a
/// staff rule, one band of children for that band's promise, everyone when everyone's words
/// changed, and nobody for a correction. `records status`, `forms --outstanding`, `diff` and the
/// pages say the same.
struct ReaderResignTests {
    /// Mobile phones 2.3 released, and signed by two staff and two children in each key stage: a
    /// copy for the test to change of the one made once.
    static func signedFixture() async throws -> Fixture {
        try Fixture.copy(of: try await signed.value())
    }

    private static let signed = Shared {
        let fixture = try await makeSigned()
        try fixture.share()
        return fixture
    }

    private static func makeSigned() async throws -> Fixture {
        let fixture = try Fixture()
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\nSam Lee,Governor\n")
        try fixture.write("ks1.csv", "name,class\nAda Moss,1A\nBo Finch,1A\n")
        try fixture.write("ks2.csv", "name,class\nCy Wren,5B\nDi Lark,5B\n")
        for (roster, audience, band) in [("staff", "staff", nil), ("ks1", "children", "key-stage-1"), ("ks2", "children", "key-stage-2")] {
            let forms = await fixture.forms("mobile-phones", roster: roster + ".csv", output: "out-" + roster,
                                            audience: audience, band: band)
            #expect(forms.diagnostics.isEmpty, "\(forms.diagnostics.printed)")
            let register = "out-\(roster)/register-mobile-phones-2.3.csv"
            try fixture.write(register, try fixture.read(register).replacingOccurrences(of: ",\r\n", with: ",01/09/2026\r\n"))
            #expect(try await fixture.importRegister(register).summary?.signaturesAdded == 2)
        }
        return fixture
    }

    /// Releases the edited policy as 2.4.
    static func release24(_ fixture: Fixture, material: Bool = true) async throws {
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        if !material {
            try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true", with: "material: false")
        }
        let released = try await fixture.release("mobile-phones", date: "2026-12-01")
        #expect(released.folder != nil, "\(released.diagnostics.printed)")
    }

    /// Who still has to sign by the records, as `audience: names`.
    static func outstanding(_ fixture: Fixture) async -> [String: [String]] {
        let outcome = await RecordsDesk.status(policy: "mobile-phones", place: fixture.records)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.printed)")
        return Dictionary(grouping: outcome.report.first?.outstanding ?? [], by: \.audience).mapValues { $0.map(\.name).sorted() }
    }

    /// How many sheets `forms --outstanding` prints for a reader, the records naming the people.
    static func sheets(_ fixture: Fixture, _ audience: String, band: String? = nil) async -> Int {
        let outcome = await fixture.forms("mobile-phones", roster: nil, output: "outstanding-\(band ?? audience)",
                                          audience: audience, band: band, outstanding: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.printed)")
        return outcome.people
    }

    static func diffLine(_ fixture: Fixture) throws -> String {
        let diff = EditionDiff.run(policy: "mobile-phones", from: nil, to: nil, content: fixture.content)
        #expect(diff.diagnostics.isEmpty, "\(diff.diagnostics.printed)")
        return try #require(diff.text?.components(separatedBy: "\n").first { $0.hasPrefix("Material:") })
    }

    static func pages(_ fixture: Fixture) async -> (String) -> String {
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output))
        #expect(!built.report.diagnostics.hasErrors, "\(built.report.diagnostics.printed)")
        return { path in String(decoding: built.files[path] ?? [], as: UTF8.self) }
    }

    @Test func aStaffOnlyRuleAsksStaffAgainAndNoChild() async throws {
        let fixture = try await Self.signedFixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "Staff must keep their phones out of sight in classrooms.",
                            with: "Staff must keep their phones out of sight in classrooms. Staff must not photograph pupils on a personal phone.")
        try fixture.write("content/policies/mobile-phones/rules.yml", try fixture.read("content/policies/mobile-phones/rules.yml") + """
            - id: no-photos-on-own-phone
              quote: "Staff must not photograph pupils on a personal phone."
              applies-to: [staff]
              kind: must-not
              acknowledge: [staff]
              summary:
                staff: Do not take photos of pupils on your own phone.

            """)
        try await Self.release24(fixture)

        #expect(await Self.outstanding(fixture) == ["staff": ["Jo Bloggs", "Sam Lee"]])
        #expect(await Self.sheets(fixture, "staff") == 2)
        #expect(await Self.sheets(fixture, "children", band: "key-stage-1") == 0)
        #expect(await Self.sheets(fixture, "children", band: "key-stage-2") == 0)
        #expect(try Self.diffLine(fixture) == "Material: yes: staff sign again for 2.4; children need not, as what they sign did not change.")

        let page = await Self.pages(fixture)
        #expect(page("policies/mobile-phones/index.html").contains(
            "Staff sign for this edition (2.4). Children do not need to sign again: what they sign has not changed."))
        #expect(page("policies/mobile-phones/changes/index.html").contains(
            "<tr><th scope=\"row\"><span class=\"cell-label\">Edition </span><a href=\"#edition-2.4\">2.4</a></th><td><span class=\"cell-label\">Released: </span>1 December 2026</td><td><span class=\"cell-label\">Who signs it: </span>Staff</td>"))
        let staffSheet = page("forms/mobile-phones/staff-sign-off/index.html")
        #expect(staffSheet.contains("Staff sign for this edition (2.4)."))
        #expect(staffSheet.contains("<strong class=\"form-mark\">[New]</strong> Do not take photos of pupils on your own phone."))
        #expect(page("staff/mobile-phones/index.html").contains("<p>Staff sign for this edition (2.4).</p>"))
    }

    @Test func aChangedPromiseForOneBandAsksOnlyThatBand() async throws {
        let fixture = try await Self.signedFixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "key-stage-1: I turn my phone off.",
                            with: "key-stage-1: I switch my phone off.")
        try await Self.release24(fixture)

        #expect(await Self.outstanding(fixture) == ["children/key-stage-1": ["Ada Moss", "Bo Finch"]])
        #expect(await Self.sheets(fixture, "staff") == 0)
        #expect(await Self.sheets(fixture, "children", band: "key-stage-1") == 2)
        #expect(await Self.sheets(fixture, "children", band: "key-stage-2") == 0)
        #expect(try Self.diffLine(fixture)
                == "Material: yes: children in Key Stage 1 sign again for 2.4; staff and children in Key Stage 2 need not, as what they sign did not change.")

        let page = await Self.pages(fixture)
        #expect(page("policies/mobile-phones/index.html").contains(
            "Children in Key Stage 1 sign for this edition (2.4). Staff and children in Key Stage 2 do not need to sign again: what they sign has not changed."))
        #expect(page("policies/mobile-phones/changes/index.html").contains("<td><span class=\"cell-label\">Released: </span>1 December 2026</td><td><span class=\"cell-label\">Who signs it: </span>Children in Key Stage 1</td>"))
        let staffSheet = page("forms/mobile-phones/staff-sign-off/index.html")
        #expect(staffSheet.contains(
            "Staff do not need to sign again: what they sign has not changed, so a signature for edition 2.3 still covers edition 2.4."))
        #expect(!staffSheet.contains("form-mark"))
        #expect(page("staff/mobile-phones/index.html").contains("<p>Staff do not need to sign again:"))
    }

    @Test func wordsChangedForEveryoneAskEveryoneAgain() async throws {
        let fixture = try await Self.signedFixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "Phones are handed in at the gate",
                            with: "Phones are handed in at the office")
        var rules = try fixture.read("content/policies/mobile-phones/rules.yml")
        for (old, new) in [("quote: \"Phones are handed in at the gate\"", "quote: \"Phones are handed in at the office\""),
                           ("Collect phones at the gate", "Collect phones at the office"),
                           ("hands their phone in at the gate", "hands their phone in at the office"),
                           ("I give my phone in at the gate.", "I give my phone in at the office."),
                           ("I will hand my phone in at the gate each day.", "I will hand my phone in at the office each day.")] {
            rules = rules.replacingOccurrences(of: old, with: new)
        }
        try fixture.write("content/policies/mobile-phones/rules.yml", rules)
        try await Self.release24(fixture)

        #expect(await Self.outstanding(fixture) == ["staff": ["Jo Bloggs", "Sam Lee"],
                                                    "children/key-stage-1": ["Ada Moss", "Bo Finch"],
                                                    "children/key-stage-2": ["Cy Wren", "Di Lark"]])
        #expect(await Self.sheets(fixture, "staff") == 2)
        #expect(await Self.sheets(fixture, "children", band: "key-stage-1") == 2)
        #expect(await Self.sheets(fixture, "children", band: "key-stage-2") == 2)
        #expect(try Self.diffLine(fixture) == "Material: yes: staff and children sign again for 2.4.")

        let page = await Self.pages(fixture)
        #expect(page("policies/mobile-phones/index.html").contains("<p class=\"sign-off\">Staff and children sign for this edition (2.4).</p>"))
        #expect(page("policies/mobile-phones/changes/index.html").contains("<td><span class=\"cell-label\">Released: </span>1 December 2026</td><td><span class=\"cell-label\">Who signs it: </span>Staff and children</td>"))
        #expect(page("forms/mobile-phones/staff-sign-off/index.html").contains("Staff sign for this edition (2.4)."))
    }

    @Test func aCorrectionAsksNobody() async throws {
        let fixture = try await Self.signedFixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "key-stage-1: I turn my phone off.",
                            with: "key-stage-1: I switch my phone off.")
        try await Self.release24(fixture, material: false)

        #expect(await Self.outstanding(fixture) == [:])
        #expect(await Self.sheets(fixture, "staff") == 0)
        #expect(await Self.sheets(fixture, "children", band: "key-stage-1") == 0)
        #expect(try Self.diffLine(fixture) == "Material: no (corrections only): a signature for an earlier edition still covers 2.4.")

        let page = await Self.pages(fixture)
        #expect(page("policies/mobile-phones/index.html").contains("Corrections only: anyone who signed edition 2.3 does not need to sign again for edition 2.4."))
        #expect(page("policies/mobile-phones/changes/index.html").contains("<td><span class=\"cell-label\">Released: </span>1 December 2026</td><td><span class=\"cell-label\">Who signs it: </span>Nobody</td>"))
        #expect(page("forms/mobile-phones/staff-sign-off/index.html").contains("Corrections only: anyone who signed edition 2.3 does not need to sign again for edition 2.4."))
    }
}
