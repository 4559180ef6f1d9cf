@testable import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookReadability
import HandbookTestSupport
import Testing

/// The readability gate's two checks, each run by itself on the working copy's reader texts.
struct ReadabilityCheckTests {
    private let rules = "content/policies/mobile-phones/rules.yml"
    private let original = "key-stage-1: I turn my phone off."

    /// A grade to two decimals, worked out here rather than by the code under test.
    private func shown(_ grade: Double) -> String {
        let hundredths = Int((grade * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    @Test func theSampleSummariesAreWithinTheirLimitsAndUseNoUnexplainedLongWords() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let content = try LoadedContent(fixture)
        for policy in ["mobile-phones", "trips"] {
            let subject = try content.readability(policy)
            #expect(!subject.texts.isEmpty)
            #expect(ReadabilityGradeCheck().run(subject).isEmpty)
            #expect(HardWordCheck().run(subject).isEmpty)
        }
    }

    // MARK: readability

    @Test func aSummaryOverItsGradeIsAnErrorWithTheLongestSentenceAndHardestWords() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let summary = "I will remember to switch my telephone off completely before handing it to the administrative assistant."
        try fixture.replace(in: rules, original, with: "key-stage-1: \(summary)")
        let found = ReadabilityGradeCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        let grade = shown(Readability.score(summary).grade)
        expect(found, [.error(at: try fixture.location(of: summary, in: rules),
                                 "the key-stage-1 summary of rule `switch-off` is too hard for Key Stage 1: grade \(grade), limit 2",
                                 hint: "longest sentence (16 words): “\(summary)”\nhardest words: administrative, assistant, completely, remember, telephone\nuse shorter sentences and shorter words",
                                 code: "readability")])
        #expect(found.first?.location.column == 20)
    }

    @Test func theGradeIsGivenToTwoDecimalsAndGlossaryWordsAreNotHardest() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let summary = "I give my telephone to the receptionist."
        try fixture.replace(in: rules, original, with: "key-stage-1: \(summary)")
        try fixture.write("content/glossary.yml", """
            - term: receptionist
              definitions:
                children: The person at the front desk of the school.
            """)
        let found = ReadabilityGradeCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        let grade = shown(Readability.score(summary).grade)
        #expect(grade.count == 4 && grade != "2.00")
        expect(found, [.error(at: try fixture.location(of: summary, in: rules),
                                 "the key-stage-1 summary of rule `switch-off` is too hard for Key Stage 1: grade \(grade), limit 2",
                                 hint: "longest sentence (7 words): “\(summary)”\nhardest words: telephone\nuse shorter sentences and shorter words",
                                 code: "readability")])
    }

    @Test func anAudienceWithoutBandsIsNamedByItsIDAndAWhyIsCheckedLikeASummary() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let why = "Notwithstanding exceptional circumstances, institutional regulations necessitate comprehensive supervision."
        try fixture.replace(in: rules, "    families: Staff may use a phone in an emergency.",
                            with: "    families: Staff may use a phone in an emergency.\n  why:\n    families: \(why)")
        let found = ReadabilityGradeCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        let score = Readability.score(why)
        expect(found, [.error(at: try fixture.location(of: why, in: rules),
                                 "the families `why` of rule `emergencies` is too hard for Families: grade \(shown(score.grade)), limit 9",
                                 hint: "longest sentence (8 words): “\(why)”\nhardest words: \(score.hardWords.prefix(5).joined(separator: ", "))\nuse shorter sentences and shorter words",
                                 code: "readability")])
    }

    // MARK: hard-word

    @Test func aLongUnexplainedWordForPupilsIsAWarningUnlessTheGlossaryExplainsIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: rules, original, with: "key-stage-1: I turn my phone off in the corridor.")
        let found = HardWordCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        expect(found, [.warning(at: try fixture.location(of: "I turn my phone off in the corridor.", in: rules),
                                   "the key-stage-1 summary of rule `switch-off` uses a long word that Key Stage 1 may not know: “corridor”",
                                   hint: "use a shorter word, or add it to glossary.yml with a plain definition for pupils",
                                   code: "hard-word")])

        try fixture.write("content/glossary.yml", """
            - term: corridor
              definitions:
                children: A long hall inside the school.
            """)
        #expect(HardWordCheck().run(try LoadedContent(fixture).readability("mobile-phones")).isEmpty)
    }

    @Test func longWordsAreListedTogetherAndOnlyForPupils() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: rules, original, with: "key-stage-1: I turn my phone off in the corridor and the gymnasium.")
        try fixture.replace(in: rules, "staff: Keep your phone out of sight in class.",
                            with: "staff: Keep your phone out of sight in the gymnasium.")
        let found = HardWordCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        #expect(found.map(\.message) == ["the key-stage-1 summary of rule `switch-off` uses long words that Key Stage 1 may not know: “gymnasium”, “corridor”"])
    }

    @Test func aWordTheBandIsTaughtIsNotHardForItButIsForYoungerPupils() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // "history" is on the word list for years 3 and 4: key-stage-2 starts at 7, key-stage-1 at 5.
        try fixture.replace(in: rules, original, with: "key-stage-1: I turn my phone off in history.")
        try fixture.replace(in: rules, "key-stage-2: I will turn my phone off before I hand it in.",
                            with: "key-stage-2: I will turn my phone off in history.")
        let found = HardWordCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        expect(found, [.warning(at: try fixture.location(of: "I turn my phone off in history.", in: rules),
                                   "the key-stage-1 summary of rule `switch-off` uses a long word that Key Stage 1 may not know: “history”",
                                   hint: "use a shorter word, or add it to glossary.yml with a plain definition for pupils",
                                   code: "hard-word")])
    }

    // MARK: readability-exception

    private let lastSummary = "      key-stage-2: I will turn my phone off before I hand it in.\n"

    /// Adds `readability-exception:` to rule `switch-off` with these lines under it.
    private func addException(_ fixture: Fixture, _ lines: String) throws {
        try fixture.replace(in: rules, lastSummary, with: lastSummary + "  readability-exception:\n" + lines + "\n")
    }

    @Test func anExceptionTurnsTheErrorIntoAWarningThatGivesTheReason() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let summary = "I will remember to switch my telephone off completely before handing it to the administrative assistant."
        try fixture.replace(in: rules, original, with: "key-stage-1: \(summary)")
        try addException(fixture, "    children:\n      key-stage-1: \"The office words are on the phone box.\"")
        let found = ReadabilityGradeCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        let grade = shown(Readability.score(summary).grade)
        expect(found, [.warning(at: try fixture.location(of: summary, in: rules),
                                   "the key-stage-1 summary of rule `switch-off` is above the limit for Key Stage 1: grade \(grade), limit 2; allowed by its readability exception: “The office words are on the phone box.”",
                                   hint: "the governors' list of policies shows this exception; make the text simpler and remove the exception when you can",
                                   code: "readability")])
    }

    @Test func anExceptionWithNoReasonIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try addException(fixture, "    children:\n      key-stage-1: \"  \"")
        let content = try LoadedContent(fixture)
        var diagnostics: [Diagnostic] = []
        _ = ContentLoader.loadPolicy("mobile-phones", in: content.folder, diagnostics: &diagnostics)
        let location = try fixture.location(of: "\"  \"", in: rules)
        expect(diagnostics, [.error(at: location,
                                       "the `children` / `key-stage-1` readability exception of rule `switch-off` gives no reason",
                                       hint: "write after the colon why the text cannot be made simpler, for example `key-stage-1: \"The law's own words must be used.\"`; or remove the line and make the text simpler")])
    }

    @Test func anExceptionForAReaderWithoutATextIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try addException(fixture, "    families: The words of the law.")
        let found = ReadabilityGradeCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        expect(found, [.error(at: try fixture.location(of: "The words of the law.", in: rules),
                                 "rule `switch-off` has a readability exception for `families`, but no summary or `why` for that reader",
                                 hint: "its readers are `children` / `key-stage-1`, `children` / `key-stage-2`; correct the reader or remove the exception",
                                 code: "readability")])
    }

    @Test func anExceptionThatIsNotNeededIsAWarningSoItDoesNotStayOnTheGovernorsList() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try addException(fixture, "    children:\n      key-stage-2: The words of the law.")
        let found = ReadabilityGradeCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        let grade = shown(Readability.score("I will turn my phone off before I hand it in.").grade)
        expect(found, [.warning(at: try fixture.location(of: "The words of the law.", in: rules),
                                   "the readability exception of rule `switch-off` for `children` / `key-stage-2` is not needed: summary grade \(grade), limit 5",
                                   hint: "remove it, so the governors' list of policies shows only exceptions in use",
                                   code: "readability")])
    }

    @Test func anExceptionForReadersWithoutALimitIsNotNeeded() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: rules, "    staff: Keep your phone out of sight in class.\n",
                            with: "    staff: Keep your phone out of sight in class.\n  readability-exception:\n    staff: Staff read the law.\n")
        let found = ReadabilityGradeCheck().run(try LoadedContent(fixture).readability("mobile-phones"))
        expect(found, [.warning(at: try fixture.location(of: "Staff read the law.", in: rules),
                                   "the readability exception of rule `phones-out-of-sight` for `staff` is not needed: summary: Staff have no `max-grade`",
                                   hint: "remove it, so the governors' list of policies shows only exceptions in use",
                                   code: "readability")])
    }
}
