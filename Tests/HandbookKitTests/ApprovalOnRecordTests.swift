import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Every new edition records when and where it was approved: `approved-on` and `minute` in
/// policy.md, required by `handbook release`, sealed into edition.yml and shown on the edition's
/// pages. Editions released before approvals were recorded keep working and show nothing new.
struct ApprovalOnRecordTests {
    private let policyPath = "content/policies/trips/policy.md"

    private func withoutApproval(_ fixture: Fixture, minute: Bool = true) throws {
        try fixture.replace(in: policyPath, "approved-on: 2023-12-05\n", with: "")
        if minute { try fixture.replace(in: policyPath, "minute: \"FGB 5 December 2023, item 6\"\n", with: "") }
    }

    private func page(_ built: HandbookBuild.MemoryBuild, _ path: String) -> String {
        String(decoding: built.files[path] ?? [], as: UTF8.self)
    }

    @Test func releaseWithoutApprovedOnIsRefusedAtTheApprovedByLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try withoutApproval(fixture, minute: false)
        let line = try fixture.line(of: "approved-by:", in: policyPath)
        let result = try await fixture.release("trips")
        let errors = result.diagnostics.filter { $0.severity == .error }
        // The refusal closes, as every refused release does, with what was not done.
        #expect(errors.map(\.message) == ["policy.md does not say when edition 1.0 was approved: `approved-on` is missing",
                                          "nothing was released because the content has an error"])
        #expect(errors.first?.location == SourceLocation(file: fixture.content + "/policies/trips/policy.md", line: line, column: 1))
        #expect(errors.first?.hint?.contains("approved-on: 2026-11-20\nminute: \"FGB 20 November 2026, item 7\"") == true)
        #expect(result.doneMessage(policy: "trips") == nil)
        #expect(!FileManager.default.fileExists(atPath: fixture.content + "/policies/trips/versions/1.0"))
    }

    @Test func releaseWithoutEitherFieldNamesBoth() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try withoutApproval(fixture)
        let result = try await fixture.release("trips")
        let printed = result.diagnostics.printed
        let line = try fixture.line(of: "approved-by:", in: policyPath)
        #expect(printed.contains("\(fixture.content)/policies/trips/policy.md:\(line):1: error: policy.md does not say when edition 1.0 was approved: `approved-on` is missing"))
        #expect(printed.contains("\(fixture.content)/policies/trips/policy.md:\(line):1: error: policy.md does not say which minute records the approval of edition 1.0: `minute` is missing"))
        #expect(result.folder == nil)
    }

    @Test func anApprovalAfterTheReleaseDateIsRefusedAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: policyPath, "approved-on: 2023-12-05", with: "approved-on: 2024-07-02")
        let line = try fixture.line(of: "approved-on:", in: policyPath)
        let result = try await fixture.release("trips", date: "2024-07-01")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["policy.md says edition 1.0 was approved on 2 July 2024, after the day it would be released, 1 July 2024",
                                          "nothing was released because the content has an error"])
        #expect(errors.first?.location == SourceLocation(file: fixture.content + "/policies/trips/policy.md", line: line, column: 14))
        #expect(errors.first?.hint?.contains("--date 2024-07-02") == true)
        #expect(result.folder == nil)
        #expect(try await fixture.release("trips", date: "2024-07-02").folder != nil)
    }

    @Test func anApprovedOnThatIsNotADateIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: policyPath, "approved-on: 2023-12-05", with: "approved-on: 2023-02-30")
        let line = try fixture.line(of: "approved-on:", in: policyPath)
        let checked = await HandbookBuild.check(content: fixture.content)
        let errors = checked.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["`approved-on` in the front matter should be a date written year-month-day, but it is `2023-02-30`"])
        #expect(errors.first?.location == SourceLocation(file: fixture.content + "/policies/trips/policy.md", line: line, column: 14))
    }

    @Test func checkWarnsWhileAPendingEditionHasNoApproval() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try withoutApproval(fixture)
        let line = try fixture.line(of: "approved-by:", in: policyPath)
        let checked = await HandbookBuild.check(content: fixture.content)
        #expect(!checked.diagnostics.hasErrors)
        let approval = checked.diagnostics.filter { $0.message.contains("`approved-on` is missing") }
        #expect(approval.map(\.message) == ["policy.md does not say when edition 1.0 was approved: `approved-on` is missing, and `handbook release` needs it"])
        #expect(approval.first?.severity == .warning)
        #expect(approval.first?.location == SourceLocation(file: fixture.content + "/policies/trips/policy.md", line: line, column: 1))
    }

    @Test func aReleaseRecordsTheApprovalAndItsPagesShowIt() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        let record = try fixture.read("content/policies/trips/versions/1.0/edition.yml")
        #expect(record.contains("released: 2024-07-01\napproved-on: 2023-12-05\nminute: \"FGB 5 December 2023, item 6\"\n"))
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: "/nonexistent/site"))
        #expect(!built.files.isEmpty, "\(built.report.diagnostics.printed)")
        let shown = "Approved by Full Governing Body on <time datetime=\"2023-12-05\">5 December 2023</time> (minute: FGB 5 December 2023, item 6)."
        #expect(page(built, "policies/trips/1.0/index.html").contains(shown))
        #expect(page(built, "policies/trips/index.html").contains(shown))
        #expect(page(built, "policies/trips/changes/index.html").contains(shown))
    }

    @Test func aMinuteWithQuotesAndBackslashesIsRecordedAsWritten() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: policyPath, "minute: \"FGB 5 December 2023, item 6\"",
                            with: "minute: 'FGB \"special\" meeting: item 6\\b'")
        #expect(try await fixture.release("trips").folder != nil)
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: "/nonexistent/site"))
        #expect(!built.files.isEmpty, "\(built.report.diagnostics.printed)")
        #expect(page(built, "policies/trips/changes/index.html").contains("(minute: FGB &quot;special&quot; meeting: item 6\\b)."))
    }

    @Test func editionsReleasedBeforeApprovalsWereRecordedBuildAndShowNothingNew() async throws {
        let built = await HandbookBuild.buildInMemory(.init(content: Repository.content, templates: Repository.templates,
                                                            output: "/nonexistent/site"))
        #expect(!built.files.isEmpty, "\(built.report.diagnostics.printed)")
        for path in ["policies/social-media/index.html", "policies/social-media/1.0/index.html",
                     "policies/social-media/changes/index.html"] {
            #expect(!page(built, path).isEmpty)
            #expect(!page(built, path).contains("(minute:"), "\(path)")
        }
        #expect(page(built, "policies/social-media/1.0/index.html").contains("Approved by: Full Governing Body."))
    }

    @Test func anEditedApprovalInTheRecordIsCaughtLikeAnyOtherSealedField() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        let recordPath = "content/policies/trips/versions/1.0/edition.yml"
        try fixture.replace(in: recordPath, "approved-on: 2023-12-05", with: "approved-on: 2023-12-04")
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["edition.yml of released edition 1.0 was changed after it was released"])
        #expect(errors.first?.location == SourceLocation(file: fixture.content + "/policies/trips/versions/1.0/edition.yml"))
        #expect(errors.first?.hint?.contains("approval") == true)
    }

    @Test func anEditedApprovalWithTheSealTakenOutDisagreesWithItsPolicy() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        let recordPath = "content/policies/trips/versions/1.0/edition.yml"
        let unsealed = try fixture.read(recordPath).components(separatedBy: "\n").filter { !$0.hasPrefix("record:") }
        try fixture.write(recordPath, unsealed.joined(separator: "\n"))
        try fixture.replace(in: recordPath, "approved-on: 2023-12-05", with: "approved-on: 2023-12-04")
        let line = try fixture.line(of: "approved-on:", in: recordPath)
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["edition.yml of released edition 1.0 records approval on 4 December 2023 (minute: FGB 5 December 2023, item 6), but its policy.md records approval on 5 December 2023 (minute: FGB 5 December 2023, item 6)"])
        #expect(errors.first?.location == SourceLocation(file: fixture.content + "/policies/trips/versions/1.0/edition.yml", line: line, column: 14))
    }

    @Test func aRecordWithADayButNoMinuteIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        let recordPath = "content/policies/trips/versions/1.0/edition.yml"
        try fixture.replace(in: recordPath, "minute: \"FGB 5 December 2023, item 6\"\n", with: "")
        let line = try fixture.line(of: "approved-on:", in: recordPath)
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["edition.yml gives the day this edition was approved but not its `minute`"])
        #expect(errors.first?.location == SourceLocation(file: fixture.content + "/policies/trips/versions/1.0/edition.yml", line: line, column: 14))
        #expect(errors.first?.hint?.contains("never by hand") == true)
    }
}
