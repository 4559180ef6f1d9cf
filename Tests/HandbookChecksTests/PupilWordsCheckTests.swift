@testable import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookReadability
import HandbookTestSupport
import Testing

/// Words written for pupils in policy.md and handbook.yml: for bands and sections that exist,
/// within each band's `max-grade`, and a band without a description of its own is warned of.
struct PupilWordsCheckTests {
    private let text = "content/policies/mobile-phones/policy.md"
    private let description = "pupil-description: What to do with your phone.\n"

    private func shown(_ grade: Double) -> String {
        let hundredths = Int((grade * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    @Test func theSampleWordsForPupilsPass() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let content = try LoadedContent(fixture)
        for policy in ["mobile-phones", "trips"] {
            #expect(PupilWordsCheck().run(try content.policy(policy)).isEmpty)
        }
        #expect(PupilSharedWordsCheck().run(content.handbook).isEmpty)
    }

    @Test func aPupilHeadingAboveABandsLimitIsAnErrorForThatBand() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let heading = "Responsibilities regarding personal telecommunication devices"
        try fixture.replace(in: text, description, with: description + "pupil-headings:\n  children: \(heading)\n")
        let found = PupilWordsCheck().run(try LoadedContent(fixture).policy("mobile-phones"))
        let score = Readability.score(heading, familiar: .pupils(aged: 5))
        let hint = "longest sentence (5 words): “\(heading)”\nhardest words: telecommunication, responsibilities, devices, personal, regarding\nuse shorter sentences and shorter words, or write one for each band"
        expect(found, [
            .error(at: try fixture.location(of: heading, in: text),
                   "the pupil heading for `children` is too hard for Key Stage 1: grade \(shown(score.grade)), limit 2",
                   hint: hint, code: "pupil-words"),
            .error(at: try fixture.location(of: heading, in: text),
                   "the pupil heading for `children` is too hard for Key Stage 2: grade \(shown(Readability.score(heading, familiar: .pupils(aged: 7)).grade)), limit 5",
                   hint: hint, code: "pupil-words"),
        ])
        #expect(found.first?.location.line == 14 && found.first?.location.column == 13)
    }

    @Test func aPupilHeadingForASectionPolicyMdLacksNamesTheSections() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: text, description, with: description + "pupil-headings:\n  chidren: Your phone\n")
        let found = PupilWordsCheck().run(try LoadedContent(fixture).policy("mobile-phones"))
        expect(found, [.error(at: try fixture.location(of: "chidren", in: text),
                              "`pupil-headings` names the section `chidren`, which policy.md does not have",
                              hint: "did you mean `children`? write the id of one of its sections, as in the full policy page's address: `mobile-phones-policy` (Mobile Phones Policy), `children` (Children), `staff` (Staff), `staff-2` (Staff)",
                              code: "pupil-words")])
    }

    @Test func aPupilDescriptionForABandHandbookYmlLacksIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: text, description,
                            with: "pupil-description:\n  key-stage-1: My phone.\n  key-stage-3: My phone at school.\n")
        let found = PupilWordsCheck().run(try LoadedContent(fixture).policy("mobile-phones"))
        expect(found, [
            .error(at: try fixture.location(of: "key-stage-3", in: text),
                   "`pupil-description` is written for the band `key-stage-3`, which handbook.yml does not have",
                   hint: "did you mean `key-stage-1`? the bands in handbook.yml are `key-stage-1`, `key-stage-2`", code: "pupil-words"),
            .warning(at: SourceLocation(file: fixture.file(text), line: 2, column: 1),
                     "Key Stage 2 read this policy, but it has no `pupil-description` for them: their list shows only its title",
                     hint: "add one plain line for them to the front matter, like:\npupil-description:\n  key-stage-1: What this policy is about, in a few short words.\n  key-stage-2: What this policy is about, in a few short words.",
                     code: "pupil-words"),
        ])
    }

    @Test func anEmptyPupilHeadingIsAnErrorAtItsLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: text, description, with: description + "pupil-headings:\n  children: \"\"\n")
        var diagnostics: [Diagnostic] = []
        let folder = try #require(ContentLoader.open(fixture.content, diagnostics: &diagnostics))
        _ = ContentLoader.loadPolicy("mobile-phones", in: folder, diagnostics: &diagnostics)
        let problem = try #require(diagnostics.first)
        #expect(problem.message == "the pupil heading for `children` is empty")
        #expect(problem.location.file == fixture.file(text) && problem.location.line == 14)
        #expect(problem.hint?.hasPrefix("write the words pupils see, or remove it") == true)
    }

    @Test func whatPupilHelpSaysIsHeldToEachBandsLimit() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let says = "Tell a trustworthy grown-up immediately."
        try fixture.write("content/handbook.yml", SampleContent.handbook
                          + "pupil-help:\n  says:\n    key-stage-1: \(says)\n    key-stage-2: Tell a grown-up you trust.\n  trusted-adults: [Your class teacher]\n")
        let found = PupilSharedWordsCheck().run(try LoadedContent(fixture).handbook)
        let grade = shown(Readability.score(says, familiar: .pupils(aged: 5)).grade)
        expect(found, [.error(at: try fixture.location(of: says, in: "content/handbook.yml"),
                              "`says` in `pupil-help` is too hard for Key Stage 1: grade \(grade), limit 2",
                              hint: "longest sentence (5 words): “\(says)”\nhardest words: immediately, trustworthy\nuse shorter sentences and shorter words",
                              code: "pupil-shared-words")])
    }

    @Test func aGlossaryDefinitionForPupilsIsHeldToTheLimitOfEachBandShownIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let definition = "The administrative colleague welcoming visitors at reception."
        try fixture.write("content/glossary.yml", """
            - term: receptionist
              definitions:
                families: The person at the front desk, who welcomes every visitor to the school.
                children: \(definition)
            """)
        let found = PupilSharedWordsCheck().run(try LoadedContent(fixture).handbook)
        let location = try fixture.location(of: definition, in: "content/glossary.yml")
        #expect(found.map(\.message) == [
            "the pupils' definition of “receptionist” in glossary.yml is too hard for Key Stage 1: grade \(shown(Readability.score(definition).grade)), limit 2",
            "the pupils' definition of “receptionist” in glossary.yml is too hard for Key Stage 2: grade \(shown(Readability.score(definition).grade)), limit 5",
        ])
        #expect(found.allSatisfy { $0.location == location && $0.severity == .error && $0.code == "pupil-shared-words" })
        #expect(found.first?.hint?.hasPrefix("longest sentence (7 words): “\(definition)”\nhardest words: administrative") == true)
    }
}
