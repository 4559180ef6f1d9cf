import ArgumentParser
import HandbookKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a policy the school already has (.docx, .odt, .html, .md or .pdf) into a draft policy folder.",
        discussion: "Writes content/policies/ID/policy.md and rules.yml, with a candidate rule for each sentence that seems to place a duty, and prints what it found. It never replaces a folder. Needs pandoc (Debian package `pandoc`) for .docx, .odt, .html and .md, and pdftotext (package `poppler-utils`) for .pdf. Then run `handbook check`: it lists each summary still to write.")

    @Argument(help: "The document to import.")
    var file: String

    @Option(help: "The new policy's id: its folder and web address, in lower-case words joined by hyphens, like attendance.")
    var id: String

    @OptionGroup var content: ContentOption

    @Option(help: "The draft's effective date until you set it, YYYY-MM-DD (default: today).", transform: CalendarDate.fromArgument)
    var today: CalendarDate?

    func run() throws {
        try requireSupportedCmark()
        guard let day = today ?? CalendarDate.today() else {
            throw ValidationError("today's date could not be read from the system clock: give --today YYYY-MM-DD")
        }
        let outcome = PolicyImport.run(.init(file: file, id: id, content: content.content, today: day))
        try report(outcome.diagnostics)
        for line in outcome.reportLines(content: content.content) { print(line) }
    }
}
