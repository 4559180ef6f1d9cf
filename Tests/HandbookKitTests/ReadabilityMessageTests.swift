import Foundation
import HandbookKit
import HandbookReadability
import HandbookTestSupport
import Testing

/// The readability gate's message: the grade to two decimals, and glossary words never named
/// as words to replace.
struct ReadabilityMessageTests {
    @Test func theGradeIsGivenToTwoDecimalsAndGlossaryWordsAreNotHardest() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let summary = "I give my telephone to the receptionist."
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "key-stage-1: I turn my phone off.",
                            with: "key-stage-1: \(summary)")
        try fixture.write("content/glossary.yml", """
            - term: receptionist
              definitions:
                children: The person at the front desk of the school.
            """)
        let grade = Readability.score(summary).grade
        let hundredths = Int((grade * 100).rounded())
        let shown = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        let error = try #require(errors.first { $0.code == "readability" })
        #expect(error.message == "the key-stage-1 summary of rule `switch-off` is too hard for Key Stage 1: grade \(shown), limit 2")
        #expect(shown.count == 4 && shown != "2.00")
        #expect(error.hint?.hasSuffix("hardest words: telephone\nuse shorter sentences and shorter words") == true, "\(error.hint ?? "")")
        #expect(error.location.line == (try fixture.line(of: summary, in: "content/policies/mobile-phones/rules.yml")))
    }
}
