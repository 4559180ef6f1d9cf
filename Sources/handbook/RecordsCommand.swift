import ArgumentParser
import Foundation
import HandbookKit

/// `handbook records`: who signed which edition, and who still has to.
struct Records: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keep the record of who signed which edition: import filled registers, see who still has to sign.",
        discussion: "The records live in records/ beside the content folder (or --records PATH), never in the site.",
        subcommands: [Import.self, Status.self, Export.self, Forget.self]
    )
}

extension RecordsDesk.Grouping: ExpressibleByArgument {}

struct RecordsOptions: ParsableArguments {
    @Option(help: "The records folder (default: records/ beside the content folder).")
    var records: String?

    @OptionGroup var content: ContentOption

    var place: RecordsDesk.Place { RecordsDesk.Place(content: content.content, records: records) }
}

extension Records {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the signed dates typed into a register.",
            discussion: "Reads the register `handbook forms` wrote, as saved by Excel or LibreOffice (commas or semicolons; dates as 01/09/2026, day first, or 2026-09-01). A register with any bad row imports nothing; importing the same register again changes nothing.")

        @Argument(help: "The filled register, such as forms-out/register-social-media-1.2.csv.")
        var file: String

        @OptionGroup var options: RecordsOptions

        @Option(help: "Today's date, YYYY-MM-DD (default: today): signed dates after it are refused.",
                transform: CalendarDate.fromArgument)
        var today: CalendarDate?

        func run() async throws {
            try requireSupportedCmark()
            guard let day = today ?? CalendarDate.today() else {
                throw ValidationError("today's date could not be read from the system clock: give --today YYYY-MM-DD")
            }
            let outcome = await RecordsDesk.importRegister(file, place: options.place, today: day)
            try report(outcome.diagnostics)
            if let message = outcome.doneMessage(file: file) { print(message) }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show who has signed each policy's current edition, and who still has to.",
            discussion: "Someone still has to sign when they never signed, or signed only an edition older than the last material one. A correction (material: false) asks nobody again.")

        @Argument(help: "One policy's folder name (default: every policy).")
        var policy: String?

        @Option(help: "text for people, json for tools.")
        var format: DiagnosticFormat = .text

        @Option(help: "Group who still has to sign by pupils' class (from the class list) or by staff role, for chasing.")
        var by: RecordsDesk.Grouping?

        @OptionGroup var options: RecordsOptions

        func run() async throws {
            try requireSupportedCmark()
            let outcome = await RecordsDesk.status(policy: policy, place: options.place)
            try report(outcome.diagnostics)
            if let by {
                print(format == .json ? RecordsDesk.json(outcome.report, by: by) : RecordsDesk.text(outcome.report, by: by))
                return
            }
            if format == .json {
                print(RecordsDesk.json(outcome.report))
                return
            }
            print(RecordsDesk.text(outcome.report))
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every person and signature in the records as CSV.")

        @Option(help: "The CSV file to write (default: print it). Not inside the site or content.")
        var output: String?

        @OptionGroup var options: RecordsOptions

        func run() async throws {
            let outcome = RecordsDesk.export(place: options.place, output: output)
            try report(outcome.diagnostics)
            if let csv = outcome.csv { print(csv, terminator: "") }
            if let message = outcome.doneMessage { print(message) }
        }
    }

    struct Forget: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a person, or everyone who has left, and their signatures from the records.",
            discussion: "For a data-protection request, give the name; when several people share it, say which with --role or --class (and --audience). For people who have left, --left-before DATE forgets everyone not on any register imported on or after that date (today or earlier). Without --yes it only lists whom it would forget, with how many signatures each, and forgets nobody. Someone forgotten is kept only as a one-way token, never by name, so a register imported later skips their rows.")

        @Argument(help: "The person's name as on the register.")
        var name: String?

        @Option(name: [.customLong("role"), .customLong("class")], help: "Their role, or a pupil's class, as on the register: for a name several people share.")
        var roleOrClass: String?

        @Option(help: "Their audience as on the register, such as staff or pupils/years-3-4: for a name several people share.")
        var audience: String?

        @Option(name: .customLong("left-before"), help: "Forget everyone not on a register imported on or after this date, YYYY-MM-DD, no later than today.",
                transform: CalendarDate.fromArgument)
        var leftBefore: CalendarDate?

        @Flag(help: "Forget them. Without it, only list whom it would forget.")
        var yes = false

        @Option(help: "Today's date, YYYY-MM-DD (default: today): a --left-before after it is refused.",
                transform: CalendarDate.fromArgument)
        var today: CalendarDate?

        @OptionGroup var options: RecordsOptions

        func validate() throws {
            if name != nil, leftBefore != nil { throw ValidationError("give a name or --left-before, not both") }
            if leftBefore != nil, roleOrClass != nil || audience != nil {
                throw ValidationError("--role, --class and --audience say which person of a name to forget; leave them out with --left-before")
            }
        }

        func run() async throws {
            guard let day = today ?? CalendarDate.today() else {
                throw ValidationError("today's date could not be read from the system clock: give --today YYYY-MM-DD")
            }
            let outcome = RecordsDesk.forget(name: name, roleOrClass: roleOrClass, audience: audience, leftBefore: leftBefore,
                                             today: day, confirmed: yes, place: options.place)
            try report(outcome.diagnostics)
            print(outcome.doneMessage)
        }
    }
}
