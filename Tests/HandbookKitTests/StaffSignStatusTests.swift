import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// A member of staff sees first whether this edition asks them to sign again, and which of the
/// rules they sign for are new or changed since the edition they last signed.
struct StaffSignStatusTests {
    @Test func aMaterialEditionMarksWhatChangedForStaff() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                   date: try #require(CalendarDate("2024-01-10")))
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        try fixture.replace(in: "content/policies/trips/rules.yml", "Write a risk assessment for every visit.",
                            with: "Write a risk assessment before every visit.")
        let released = await Releaser.release(policy: "trips", version: nil, content: fixture.content,
                                              date: try #require(CalendarDate("2024-03-01")))
        #expect(!released.diagnostics.hasErrors, "\(released.diagnostics)")
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output))
        let staff = String(decoding: try #require(built.files["staff/trips/index.html"]), as: UTF8.self)
        let box = try #require(staff.range(of: "<h2 id=\"to-do-title\">What you need to do</h2>"))
        let meta = try #require(staff.range(of: "<dl class=\"edition\">"))
        #expect(box.lowerBound < meta.lowerBound, "the sign status comes before the edition's details")
        #expect(staff.contains("<p>Staff sign for this edition (1.1).</p>"))
        // The site cannot know who signed, so it never says anyone did.
        #expect(staff.contains("differ from edition 1.0, the last edition before this one that needed signing."))
        #expect(!staff.contains("staff signed"))
        let sheetPath = try #require(built.files.keys.first { $0.hasPrefix("staff/trips/") && $0.contains("staff-sign-off") }
            ?? built.files.keys.first { $0.contains("trips") && $0.contains("staff-sign-off") })
        let sheet = String(decoding: try #require(built.files[sheetPath]), as: UTF8.self)
        #expect(sheet.contains("differ from edition 1.0, the last edition before this one that needed signing."))
        #expect(!sheet.contains("staff signed"))
        #expect(staff.contains("<strong class=\"rule-mark\">Changed</strong> Write a risk assessment before every visit."))
        let families = String(decoding: try #require(built.files["families/trips/index.html"]), as: UTF8.self)
        #expect(!families.contains("rule-mark"))
    }

    /// A named pack is printed beside the records, so it can say "the last edition staff signed
    /// for", and says it only when the records show someone signed that edition.
    @Test func aNamedPackSaysStaffSignedOnlyWhenTheRecordsShowIt() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones", date: "2026-07-01").folder != nil)
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        #expect(await fixture.forms("mobile-phones", roster: "staff.csv", output: "out").diagnostics.isEmpty)
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "version: \"2.3\"", with: "version: \"2.4\"")
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "Keep your phone out of sight in class.",
                            with: "Keep your phone out of sight in every lesson.")
        #expect(try await fixture.release("mobile-phones", date: "2026-08-01").folder != nil)

        let unsigned = await fixture.forms("mobile-phones", roster: "staff.csv", output: "before")
        let before = try String(contentsOfFile: try #require(unsigned.pack), encoding: .utf8)
        #expect(before.contains("differ from edition 2.3, the last edition before this one that needed signing."))
        #expect(!before.contains("staff signed"))

        let filled = RecordsRoundTests.fillIn(try fixture.read("out/register-mobile-phones-2.3.csv")) { _ in "01/07/2026" }
        try fixture.write("out/register-mobile-phones-2.3.csv", filled)
        #expect(try await fixture.importRegister("out/register-mobile-phones-2.3.csv").summary?.signaturesAdded == 1)
        let signed = await fixture.forms("mobile-phones", roster: "staff.csv", output: "after")
        let after = try String(contentsOfFile: try #require(signed.pack), encoding: .utf8)
        #expect(after.contains("differ from edition 2.3, the last edition staff signed for."))
    }
}
