import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// `reviews.ics`: one all-day event on each released policy's review date, read back by a real
/// iCalendar library, the same bytes from every build, and each event's UID kept when its date moves.
struct ReviewCalendarTests {
    private static let address = "base-url: https://handbook.example.org/"

    private func site(_ fixture: Fixture, today: String? = nil) async throws -> [String: [UInt8]] {
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output, today: today.flatMap(CalendarDate.init)))
        #expect(built.report.succeeded, "\(built.report.diagnostics)")
        return built.files
    }

    private func calendar(_ fixture: Fixture) async throws -> String {
        String(decoding: try #require(try await site(fixture)["reviews.ics"]), as: UTF8.self)
    }

    private func releasedFixture() async throws -> Fixture {
        let fixture = try Fixture()
        try fixture.replace(in: "content/handbook.yml", "title: School policies",
                            with: "title: School policies\n" + Self.address)
        _ = try await fixture.release("trips", date: "2024-07-01")
        _ = try await fixture.release("mobile-phones", date: "2024-02-01")
        return fixture
    }

    @Test func theCalendarParsesWithAnICalendarLibraryAndHoldsOneEventPerReleasedPolicy() async throws {
        let fixture = try await releasedFixture()
        defer { fixture.remove() }
        let ics = try await calendar(fixture)
        Self.expectWellFormedLines(ics)
        let events = try ICalendarLibrary.events(in: ics)
        try #require(events.count == 2, "\(events)")
        // Soonest first: the phones review (2025-01-08) before the visits review (2027-09-01).
        #expect(events[0] == ICalendarLibrary.Event(uid: "policy-review-mobile-phones@handbook.example.org",
                                                  start: "2025-01-08", end: "2025-01-09", allDay: true,
                                                  summary: "Review due: Mobile Phones Policy", trigger: "-28 days, 0:00:00",
                                                  stamp: "2024-02-01 00:00:00+00:00",
                                                  url: "https://handbook.example.org/policies/mobile-phones/"))
        #expect(events[1].uid == "policy-review-trips@handbook.example.org")
        #expect(events[1].start == "2027-09-01")
        #expect(events[1].stamp == "2024-07-01 00:00:00+00:00")
    }

    @Test func twoBuildsWriteTheSameCalendarWhateverTheDay() async throws {
        let fixture = try await releasedFixture()
        defer { fixture.remove() }
        let first = try await site(fixture, today: "2024-01-01")
        let second = try await site(fixture, today: "2031-06-30")
        #expect(first["reviews.ics"] != nil)
        #expect(first["reviews.ics"] == second["reviews.ics"])
        #expect(first["policies/index.html"] == second["policies/index.html"])
    }

    @Test func anEventKeepsItsUIDWhenANewEditionMovesItsDate() async throws {
        let fixture = try await releasedFixture()
        defer { fixture.remove() }
        let before = try ICalendarLibrary.events(in: try await calendar(fixture))
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        try fixture.replace(in: "content/policies/trips/policy.md", "review-by: 2027-09-01", with: "review-by: 2028-03-01")
        _ = try await fixture.release("trips", date: "2025-03-01")
        let after = try ICalendarLibrary.events(in: try await calendar(fixture))
        let trips = "policy-review-trips@handbook.example.org"
        #expect(Set(before.map(\.uid)) == Set(after.map(\.uid)))
        #expect(before.first { $0.uid == trips }?.start == "2027-09-01")
        #expect(after.first { $0.uid == trips }?.start == "2028-03-01")
    }

    @Test func withoutAnAddressTheUIDIsTheSchoolsAndThereIsNoURL() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = try await fixture.release("trips", date: "2024-07-01")
        let events = try ICalendarLibrary.events(in: try await calendar(fixture))
        #expect(events.map(\.uid) == ["policy-review-trips@harbour-lane-primary-school"])
        #expect(events.first?.url == "")
    }

    @Test func onlyReleasedPoliciesAreInTheCalendarAndNothingReleasedMeansNoCalendar() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let none = try await site(fixture)
        #expect(none["reviews.ics"] == nil)
        let page = String(decoding: try #require(none["policies/index.html"]), as: UTF8.self)
        #expect(!page.contains("reviews.ics"))
        _ = try await fixture.release("trips", date: "2024-07-01")
        let events = try ICalendarLibrary.events(in: try await calendar(fixture))
        #expect(events.map(\.uid) == ["policy-review-trips@harbour-lane-primary-school"])
    }

    @Test func theReminderIsTheDaysHandbookYmlGives() async throws {
        let fixture = try await releasedFixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", Self.address, with: Self.address + "\nreview-reminder-days: 14")
        let events = try ICalendarLibrary.events(in: try await calendar(fixture))
        #expect(events.map(\.trigger) == ["-14 days, 0:00:00", "-14 days, 0:00:00"])
        let page = String(decoding: try #require(try await site(fixture)["policies/index.html"]), as: UTF8.self)
        #expect(page.contains("with a reminder 14 days before."))
    }

    /// Commas, semicolons, backslashes and a title longer than a line come back exactly as written.
    @Test func aLongTitleWithPunctuationIsEscapedAndFolded() async throws {
        let fixture = try await releasedFixture()
        defer { fixture.remove() }
        let title = #"Educational Visits; Trips, Residentials and Outings \ Journeys – with a title far longer than one line"#
        try fixture.replace(in: "content/policies/trips/policy.md", "title: Educational Visits Policy",
                            with: "title: '\(title)'")
        try fixture.replace(in: "content/policies/trips/policy.md", "version: \"1.0\"", with: "version: \"1.1\"")
        _ = try await fixture.release("trips", date: "2025-03-01")
        let ics = try await calendar(fixture)
        Self.expectWellFormedLines(ics)
        #expect(ics.contains("\r\n "), "nothing was folded")
        let events = try ICalendarLibrary.events(in: ics)
        #expect(events.contains { $0.summary == "Review due: " + title }, "\(events.map(\.summary))")
    }

    @Test(arguments: [("review-reminder-days: 2.5",
                       "`review-reminder-days` in handbook.yml should be a whole number of days, but it is 2.5"),
                      ("review-reminder-days: 400",
                       "`review-reminder-days` in handbook.yml should be a number from 0 to 365, but it is 400"),
                      ("review-reminder-days: four weeks",
                       "`review-reminder-days` in handbook.yml should be a number, but it is the single value `four weeks`")])
    func aReminderThatIsNotADayCountIsAnErrorAtItsLine(line: String, message: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "title: School policies", with: "title: School policies\n" + line)
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        try #require(errors.count == 1, "\(errors)")
        #expect(errors[0].message == message)
        #expect(errors[0].location.file == fixture.content + "/handbook.yml")
        #expect(errors[0].location.line == (try fixture.line(of: line, in: "content/handbook.yml")))
        #expect(errors[0].hint?.contains("review-reminder-days: 28") == true)
    }

    /// RFC 5545 §3.1: every line ends CRLF and is at most 75 octets.
    private static func expectWellFormedLines(_ ics: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"), sourceLocation: sourceLocation)
        let bytes = Array(ics.utf8)
        var start = 0
        for index in bytes.indices where bytes[index] == 10 {
            #expect(index > 0 && bytes[index - 1] == 13, "a bare LF at octet \(index)", sourceLocation: sourceLocation)
            #expect(index - 1 - start <= 75, "a line of \(index - 1 - start) octets", sourceLocation: sourceLocation)
            start = index + 1
        }
        #expect(start == bytes.count, sourceLocation: sourceLocation)
    }
}

/// The Python `icalendar` library: the calendar is read back by it, not by this project's own
/// writer. Without it these tests fail rather than skip, so the check always runs (CI installs it).
enum ICalendarLibrary {
    struct Event: Equatable, CustomStringConvertible {
        var uid, start, end: String
        var allDay: Bool
        var summary, trigger, stamp, url: String

        var description: String { "\(uid) \(start)–\(end) \(summary) \(trigger) \(stamp) \(url)" }
    }

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    static let script = """
        import json, sys, datetime, icalendar
        data = sys.stdin.buffer.read()
        calendar = icalendar.Calendar.from_ical(data)
        problems = [str(e) for c in calendar.walk() for e in c.errors]
        if problems: sys.exit("not valid: " + "; ".join(problems))
        for key in ("VERSION", "PRODID"):
            if key not in calendar: sys.exit("no " + key)
        out = []
        for event in calendar.walk("VEVENT"):
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            alarms = [a for a in event.subcomponents if a.name == "VALARM"]
            if len(alarms) != 1 or "ACTION" not in alarms[0] or "DESCRIPTION" not in alarms[0]: sys.exit("bad alarm")
            out.append({"uid": str(event["UID"]), "start": start.isoformat(), "end": end.isoformat(),
                        "allDay": not isinstance(start, datetime.datetime),
                        "summary": str(event["SUMMARY"]), "trigger": str(alarms[0].decoded("TRIGGER")),
                        "stamp": str(event.decoded("DTSTAMP")), "url": str(event.get("URL", ""))})
        print(json.dumps(out))
        """

    /// Every event as the library reads it, in the file's order.
    static func events(in ics: String) throws -> [Event] {
        guard let python = PrintTools.tool("python3") else {
            throw Unavailable(description: "python3 is not installed")
        }
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(ics.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Unavailable(description: "icalendar refused the calendar (install it with `python3 -m pip install icalendar`): \(message)")
        }
        let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
        return list.map { item in
            Event(uid: item["uid"] as? String ?? "", start: item["start"] as? String ?? "",
                  end: item["end"] as? String ?? "", allDay: item["allDay"] as? Bool ?? false,
                  summary: item["summary"] as? String ?? "", trigger: item["trigger"] as? String ?? "",
                  stamp: item["stamp"] as? String ?? "", url: item["url"] as? String ?? "")
        }
    }
}

/// The governors' list: built the same whatever the day, reviews listed soonest first, and
/// overdue marked in the browser by the reader's own date.
struct GovernorsReviewListTests {
    /// The sample with both policies released, built once for both tests, which only read it.
    private static let site = Shared {
        let fixture = try Fixture()
        _ = try await fixture.release("trips", date: "2024-07-01")
        _ = try await fixture.release("mobile-phones", date: "2026-02-01")
        let report = await fixture.build()
        try #require(report.succeeded, "\(report.diagnostics)")
        try fixture.share()
        return fixture
    }

    @Test func theBuiltPageMarksNothingOverdueAndListsReviewsSoonestFirst() async throws {
        let fixture = try await Self.site.value()
        let page = try fixture.read("site/policies/index.html")
        // Released after its review date; the page used to call it overdue as of that release.
        #expect(!page.contains("class=\"overdue\""))
        let list = try #require(page.range(of: "<ol class=\"review-list\">"))
        let phones = try #require(page.range(of: "<time datetime=\"2025-01-08\" data-review-by>8 January 2025</time> – <a href=\"../policies/mobile-phones/index.html\">Mobile Phones Policy</a> (owner: Deputy Headteacher)", range: list.upperBound..<page.endIndex))
        let trips = try #require(page.range(of: "<time datetime=\"2027-09-01\" data-review-by>1 September 2027</time> – <a href=\"../policies/trips/index.html\">", range: list.upperBound..<page.endIndex))
        #expect(phones.lowerBound < trips.lowerBound)
        #expect(page.contains("<a href=\"../reviews.ics\" type=\"text/calendar\">review calendar</a>"))
        #expect(page.contains("<script src=\"../assets/reviews.js\" data-overdue=\"overdue\" defer></script>"))
        #expect(page.contains("script-src 'self';"))
        #expect(FileManager.default.fileExists(atPath: fixture.path("site/assets/reviews.js")))
    }

    /// The script marks a review whose date has passed by the machine's own today (8 January
    /// 2025 has passed on any day these tests run).
    @Test func theScriptMarksAPassedReviewOverdueInTheBrowser() async throws {
        guard ChromiumPrinter.executable() != nil else {
            #expect(!WholeSchoolTests.browserIsRequired, "Chromium is required here but not installed")
            return
        }
        let fixture = try await Self.site.value()
        let dom = try await PagePrinter.dom(fixture.url("site/policies/index.html"))
        #expect(dom.contains("<time datetime=\"2025-01-08\" data-review-by=\"\">8 January 2025</time> <strong class=\"overdue\">overdue</strong>"), "\(dom)")
        #expect(dom.contains("<p class=\"review-note\">"))
    }
}
