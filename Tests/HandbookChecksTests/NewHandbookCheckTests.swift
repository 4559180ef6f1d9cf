@testable import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// What `handbook check` tells a handbook `handbook init` has just started: the values still to be
/// filled in, and that it has no policies yet.
struct NewHandbookCheckTests {
    private let handbook = "content/handbook.yml"

    private let unfilled = """
        pupil-help:
          trusted-adults:
            - Your class teacher
            - "FILL IN: the adult who keeps you safe"
          helplines:
            - name: Childline
              phone: "FILL IN: its number"
        accessibility:
          prepared: "FILL IN: the date the statement was written"
          reviewed: 2026-11-30

        """

    @Test func eachValueStillToBeFilledInIsAWarningAtItsLineAndIsLeftOutOfTheHandbook() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(handbook, SampleContent.handbook + unfilled)
        // Read without any error: a placeholder is not a wrong phone number or date.
        let content = try LoadedContent(fixture)
        #expect(content.config.pupilHelp?.trustedAdults.map(\.value) == ["Your class teacher"])
        #expect(content.config.pupilHelp?.helplines.isEmpty == true)
        #expect(content.config.accessibility == nil)
        let hint = "replace the whole \"FILL IN: …\" text, quote marks and all, with the school's own; until then the site leaves it out, and no policy can be released"
        expect(PlaceholdersCheck().run(content.handbook), [
            .warning(at: try fixture.location(of: "\"FILL IN: the adult", in: handbook),
                     "item 2 of `trusted-adults` in `pupil-help` is still to be filled in: the adult who keeps you safe",
                     hint: hint, code: "placeholders"),
            .warning(at: try fixture.location(of: "\"FILL IN: its number", in: handbook),
                     "`phone` in item 1 of `helplines` in `pupil-help` is still to be filled in: its number",
                     hint: hint, code: "placeholders"),
            .warning(at: try fixture.location(of: "\"FILL IN: the date", in: handbook),
                     "`prepared` in `accessibility` is still to be filled in: the date the statement was written",
                     hint: hint, code: "placeholders"),
        ])
    }

    @Test func aFilledInHandbookHasNoPlaceholders() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(handbook, SampleContent.handbook + unfilled
            .replacingOccurrences(of: "\"FILL IN: the adult who keeps you safe\"", with: "Mrs Khan, our head teacher")
            .replacingOccurrences(of: "\"FILL IN: its number\"", with: "0800 1111")
            .replacingOccurrences(of: "\"FILL IN: the date the statement was written\"", with: "2026-11-01"))
        let content = try LoadedContent(fixture)
        #expect(PlaceholdersCheck().run(content.handbook).isEmpty)
        #expect(content.config.pupilHelp?.trustedAdults.count == 2)
        #expect(content.config.accessibility?.prepared == CalendarDate("2026-11-01"))
    }

    @Test func onlyPlaceholdersForWhomToTellIsNotNobody() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(handbook, SampleContent.handbook + "pupil-help:\n  trusted-adults:\n    - \"FILL IN: an adult\"\n")
        let content = try LoadedContent(fixture)
        #expect(content.config.pupilHelp == nil)
        #expect(PlaceholdersCheck().run(content.handbook).map(\.message)
                == ["item 1 of `trusted-adults` in `pupil-help` is still to be filled in: an adult"])
    }

    @Test func noPoliciesIsAWarningThatSaysHowToAddTheFirst() throws {
        let fixture = try Fixture(files: ["handbook.yml": SampleContent.handbook])
        defer { fixture.remove() }
        let policies = fixture.file("content/policies")
        expect(NoPoliciesCheck().run(try LoadedContent(fixture).handbook), [
            .warning(at: SourceLocation(file: policies), "the handbook has no policies yet",
                     hint: "add the first: make a folder such as \(policies)/social-media/ holding policy.md (the policy's details, then its text) and rules.yml (its rules, each with a summary for every reader), or copy a policy's folder from another handbook; the README shows both files",
                     code: "policies"),
        ])

        let sample = try Fixture()
        defer { sample.remove() }
        #expect(NoPoliciesCheck().run(try LoadedContent(sample).handbook).isEmpty)
    }
}
