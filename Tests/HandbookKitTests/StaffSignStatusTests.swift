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
        #expect(staff.contains("differ from edition 1.0, the last one staff signed."))
        #expect(staff.contains("<strong class=\"rule-mark\">Changed</strong> Write a risk assessment before every visit."))
        let families = String(decoding: try #require(built.files["families/trips/index.html"]), as: UTF8.self)
        #expect(!families.contains("rule-mark"))
    }
}
