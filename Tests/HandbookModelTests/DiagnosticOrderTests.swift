import HandbookModel
import Testing

/// The problems that stop a build are read first: errors, then warnings, then notes, each in
/// file and line order.
struct DiagnosticOrderTests {
    let warningFirstFile = Diagnostic.warning(at: SourceLocation(file: "content/a/rules.yml", line: 2), "a warning")
    let errorLaterFile = Diagnostic.error(at: SourceLocation(file: "content/b/rules.yml", line: 9, column: 3), "an error")
    let errorEarlierLine = Diagnostic.error(at: SourceLocation(file: "content/b/rules.yml", line: 4), "an earlier error")
    let note = Diagnostic(.note, at: SourceLocation(file: "content/a/policy.md", line: 1), "a note")

    @Test func readingOrderPutsErrorsBeforeWarningsThenFileAndLine() {
        let ordered = [note, warningFirstFile, errorLaterFile, errorEarlierLine].inReadingOrder
        #expect(ordered.map(\.message) == ["an earlier error", "an error", "a warning", "a note"])
        #expect(ordered.map(\.location.line) == [4, 9, 2, 1])
    }

    @Test func errorsFirstKeepsTheGivenOrderWithinEachSeverity() {
        let closing = Diagnostic.error(at: SourceLocation(file: "content"), "closing")
        let ordered = [warningFirstFile, errorLaterFile, closing].errorsFirst
        #expect(ordered.map(\.message) == ["an error", "closing", "a warning"])
    }
}
