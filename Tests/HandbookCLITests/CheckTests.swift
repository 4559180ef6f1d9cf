import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport
import Testing
@testable import handbook

/// `handbook check` and the checks `handbook build` shares with it, run in process through the
/// façade the commands call; CommandLineTests proves the exit status a process gives for them.
struct CheckTests {
    /// `handbook check` in process, through the façade: its findings as the command prints them.
    private func check(_ fixture: Fixture, strict: Bool = false, today: String = "2024-06-01") async -> HandbookRunner.Result {
        let report = await HandbookBuild.check(content: fixture.content, strict: strict, today: CalendarDate(today))
        return HandbookRunner.Result(status: report.diagnostics.hasErrors ? 1 : 0, stdout: "",
                                     stderr: DiagnosticFormatter.text(report.diagnostics) + "\n")
    }

    /// `handbook build --no-search` in process, into the fixture's site/: its exit status and what
    /// it prints, and the site scanned for roster names and for files this build did not write.
    private func build(_ fixture: Fixture, templates: String = Repository.templates, drafts: Bool = false,
                       today: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> HandbookRunner.Result {
        let report = await HandbookBuild.build(.init(content: fixture.content, templates: templates, output: fixture.output,
                                                     drafts: drafts, today: today.flatMap { CalendarDate($0) } ?? CalendarDate.today(),
                                                     search: false))
        let problems = PublishedSiteScan.problems(in: fixture.output, written: report.succeeded ? report.files : nil)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return HandbookRunner.Result(status: report.diagnostics.hasErrors ? 1 : 0, stdout: "",
                                     stderr: DiagnosticFormatter.text(report.diagnostics) + "\n")
    }

    @Test func theShippedContentPassesAndEverySummaryIsWithinItsLimit() async throws {
        let text = await HandbookBuild.check(content: Repository.content, strict: false, today: CalendarDate("2026-11-24"))
        #expect(!text.diagnostics.hasErrors, "\(DiagnosticFormatter.text(text.diagnostics))")
        // `--format json` is what `check` prints the findings and the readability figures with.
        let command = try #require(try HandbookCommand.parseAsRoot(["check", "--content", Repository.content, "--format", "json"]) as? Check)
        #expect(command.format == .json)
        let checked = await HandbookBuild.check(content: command.content.content, strict: command.checking.strict, today: command.checking.day())
        let json = DiagnosticFormatter.json(checked.diagnostics, readability: checked.readability)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let readability = try #require(object["readability"] as? [[String: Any]])
        let limits = ["years-3-4": 3.0, "years-5-6": 5.0]
        var pupilSummaries = 0
        for entry in readability {
            let grade = try #require(entry["grade"] as? Double)
            if let band = entry["band"] as? String, let limit = limits[band] {
                pupilSummaries += 1
                #expect(grade <= limit, "\(entry["rule"] ?? "") for \(band): grade \(grade)")
            }
            if entry["audience"] as? String == "parents" { #expect(grade <= 8) }
            for key in ["policy", "rule", "audience", "words", "sentences", "syllables", "ease"] {
                #expect(entry[key] != nil, "missing \(key)")
            }
        }
        #expect(pupilSummaries >= 20)
    }

    @Test func aLongUnexplainedWordIsAWarningThatStrictMakesAnErrorAndTheGlossaryLinks() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml", SampleContent.handbook.replacingOccurrences(of: "max-grade: 2", with: "max-grade: 9"))
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "key-stage-1: I turn my phone off.",
                            with: "key-stage-1: I turn my phone off in the corridor.")
        let result = await check(fixture)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: the key-stage-1 summary of rule `switch-off` uses a long word that Key Stage 1 may not know: “corridor”"))
        #expect(await check(fixture, strict: true).status == 1)

        try fixture.write("content/glossary.yml", """
            - term: corridor
              definitions:
                children: A long hall inside the school.
            """)
        #expect(await build(fixture, drafts: true).status == 0)
        let page = try fixture.read("site/children/key-stage-1/mobile-phones/index.html")
        #expect(page.contains("<a class=\"term\" href=\"#term-corridor\">corridor</a>"))
        #expect(page.contains("<dt id=\"term-corridor\">corridor</dt>\n<dd>A long hall inside the school.</dd>"))
    }

    @Test func reviewRemindersFollowTheDayWithoutChangingTheSite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let line = try fixture.line(of: "review-by: 2025-01-08", in: "content/policies/mobile-phones/policy.md")
        #expect(await check(fixture, today: "2025-02-01").stderr.contains("content/policies/mobile-phones/policy.md:\(line):12: warning: the review of `mobile-phones`"))
        #expect(await check(fixture, today: "2024-12-01").stderr.contains("note: the review of `mobile-phones`"))
        #expect(!(await check(fixture, today: "2024-06-01")).stderr.contains("review of"))

        #expect(await build(fixture, today: "2024-06-01").status == 0)
        let before = snapshotTree(fixture.output)
        let late = await build(fixture, today: "2030-01-01")
        #expect(late.stderr.contains("was due on 8 January 2025"))
        #expect(snapshotTree(fixture.output) == before)
    }

    @Test func linksBetweenPoliciesResolveOnEveryPageAndMissingOnesAreListed() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "Staff must keep their phones out of sight in classrooms.",
                            with: "Staff must keep their phones out of sight in classrooms.\n\nSee the [visits policy](../trips/), [consent](trips#rule-consent), the [bullying policy](../anti-bullying/) and [safety](online-safety).")
        let result = await build(fixture, drafts: true)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try fixture.line(of: "See the [visits policy]", in: "content/policies/mobile-phones/policy.md")
        #expect(result.stderr.contains("content/policies/mobile-phones/policy.md:\(line): warning: `mobile-phones` links to policies that do not exist: `anti-bullying`, `online-safety` (line \(line))"))
        let page = try fixture.read("site/policies/mobile-phones/index.html")
        #expect(page.contains("<a href=\"../../policies/trips/index.html\">visits policy</a>"))
        #expect(page.contains("<a href=\"../../policies/trips/index.html#rule-consent\">consent</a>"))
        #expect(page.contains("the bullying policy and safety."))
        #expect(!page.contains("anti-bullying"))
    }

    @Test func aBrokenLinkInTheBuiltSiteIsAnErrorAndTheSiteIsKept() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        let templates = fixture.url("templates").path
        #expect(await build(fixture, templates: templates, drafts: true).status == 0)
        let before = snapshotTree(fixture.output)
        try fixture.replace(in: "templates/policy.mustache", "<p class=\"eyebrow\">",
                            with: "<p><a href=\"{{root}}policies/nowhere/index.html\">x</a> <a href=\"#no-such-anchor\">y</a></p>\n<p class=\"eyebrow\">")
        let result = await build(fixture, templates: templates, drafts: true)
        #expect(result.status == 1)
        #expect(result.stderr.contains("templates/policy.mustache: error: policies/mobile-phones/index.html links to `../../policies/nowhere/index.html`, which is not in the site"))
        #expect(result.stderr.contains("templates/policy.mustache: error: policies/trips/index.html links to `#no-such-anchor`, but policies/trips/index.html has no `#no-such-anchor` on it"))
        #expect(snapshotTree(fixture.output) == before)
    }

    @Test func aBrokenLinkInPolicyTextIsReportedAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let text = try fixture.read("content/policies/trips/policy.md")
        let lines = text.components(separatedBy: "\n")
        let target = try #require(lines.lastIndex { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("-") })
        var edited = lines
        edited[target] += " See [the visits page](../../visits/index.html#dates)."
        try fixture.write("content/policies/trips/policy.md", edited.joined(separator: "\n"))
        let result = await build(fixture, drafts: true)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/policies/trips/policy.md:\(target + 1): error: this link leads nowhere: on policies/trips/index.html it points to `../../visits/index.html#dates`, which is not in the site"))
        #expect(result.stderr.contains("hint: correct the link's address in the policy text"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }
}
