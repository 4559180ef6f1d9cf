import ArgumentParser
import HandbookKit

struct Reviews: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List released policies' review dates, soonest first, to paste into an email.",
        discussion: "Overdue reviews are always listed. The dates are the ones in the site's review calendar, reviews.ics.")

    @Option(help: "Only reviews due within this long of today: a whole number and d, w, m or y, like 30d, 6w, 3m or 1y.",
            transform: ReviewWindow.fromArgument)
    var within: ReviewWindow?

    @Option(help: "text for people, json for tools.")
    var format: DiagnosticFormat = .text

    @Option(help: "The date to count from, YYYY-MM-DD (default: today).", transform: CalendarDate.fromArgument)
    var today: CalendarDate?

    @OptionGroup var content: ContentOption

    func run() throws {
        guard let day = today ?? CalendarDate.today() else {
            throw ValidationError("today's date could not be read from the system clock: give --today YYYY-MM-DD")
        }
        let outcome = ReviewList.make(content: content.content, today: day, within: within)
        print(format == .json ? outcome.json : outcome.text)
        try report(outcome.diagnostics)
    }
}

extension ReviewWindow {
    static func fromArgument(_ text: String) throws(ReviewWindowError) -> ReviewWindow {
        try ReviewWindow(parsing: text)
    }
}
