import ArgumentParser
import Foundation
import HandbookKit
import HandbookMarkdown

@main
struct HandbookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handbook",
        abstract: "Build a school's policy handbook website from Markdown policies and rule metadata.",
        version: HandbookVersion.current,
        subcommands: [Init.self, Import.self, Build.self, Check.self, Release.self, Diff.self, Forms.self, Reviews.self, Serve.self, Records.self, Translations.self]
    )
}

struct ContentOption: ParsableArguments {
    @Option(name: .long, help: "The content folder holding handbook.yml and policies/.")
    var content: String = "content"
}

/// What every command that renders pages says of --templates.
let templatesHelp = "A folder of Mustache templates and assets/ whose files replace the built-in ones of the same name (default: templates/ beside the content folder when there is one, else the built-in templates alone)."

struct CheckingOptions: ParsableArguments {
    @Flag(help: "Treat every warning as an error.")
    var strict = false

    @Option(help: "The date to work out review reminders from, YYYY-MM-DD (default: today). The site never depends on it.",
            transform: CalendarDate.fromArgument)
    var today: CalendarDate?

    func day() -> CalendarDate? { today ?? CalendarDate.today() }
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Said when another handbook command holds the content or the output folder.
@Sendable func waiting() {
    FileHandle.standardError.write(Data("Another handbook command is working on these folders; waiting for it to finish…\n".utf8))
}

/// Stops a command that reads policy Markdown (to render it, or to check rules against it) before
/// it reads anything, when the cmark library it runs with is not the version the pages are written for.
func requireSupportedCmark() throws {
    guard let mismatch = CmarkVersion.linked.mismatch else { return }
    FileHandle.standardError.write(Data("error: \(mismatch)\n".utf8))
    throw ExitCode(1)
}

/// Prints diagnostics to standard error and exits 1 when any is an error.
func report(_ diagnostics: [Diagnostic], format: DiagnosticFormat = .text) throws {
    switch format {
    case .json:
        print(DiagnosticFormatter.json(diagnostics))
    case .text:
        if !diagnostics.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticFormatter.textBytes(diagnostics) + [UInt8(ascii: "\n")]))
        }
    }
    if diagnostics.hasErrors {
        if format == .text {
            FileHandle.standardError.write(Data((DiagnosticFormatter.summary(diagnostics) + "\n").utf8))
        }
        throw ExitCode(1)
    }
}

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, then write the whole site. On any error nothing is written.")

    @OptionGroup var content: ContentOption

    @Option(help: ArgumentHelp(templatesHelp))
    var templates: String?

    @Option(help: "The site folder to write (replaced whole when the build succeeds).")
    var output: String = "site"

    @Flag(help: "Also publish policies never released and changes not yet released, each marked as a draft, to preview them. Without it only released editions are published. Do not publish such a site.")
    var drafts = false

    @Flag(name: .customLong("no-search"), help: "Leave the search index out, even when Pagefind is installed.")
    var noSearch = false

    @OptionGroup var checking: CheckingOptions

    func run() async throws {
        try requireSupportedCmark()
        let result = await HandbookBuild.build(.init(content: content.content, templates: templates, output: output,
                                               drafts: drafts,
                                               strict: checking.strict, today: checking.day(), search: !noSearch),
                                               onWait: waiting)
        try report(result.diagnostics)
        print(result.doneMessage(output: output))
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every content check and write nothing.")

    @OptionGroup var content: ContentOption

    @Option(help: "text for people, json for tools.")
    var format: DiagnosticFormat = .text

    @OptionGroup var checking: CheckingOptions

    func run() async throws {
        try requireSupportedCmark()
        let result = await HandbookBuild.check(content: content.content, strict: checking.strict, today: checking.day())
        if format == .json {
            print(DiagnosticFormatter.json(result.diagnostics, readability: result.readability))
            if result.diagnostics.hasErrors { throw ExitCode(1) }
            return
        }
        try report(result.diagnostics)
        print(result.doneMessage(content: content.content))
    }
}

struct Release: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Freeze a policy's current text and rules as a new released edition.",
        discussion: "Runs every check first. Writes content/policies/POLICY/versions/VERSION/ with edition.yml.")

    @Argument(help: "The policy's folder name, such as social-media.")
    var policy: String

    @Option(help: "The version to release; it must match `version:` in policy.md (the default).")
    var version: String?

    @Option(help: "The release date, YYYY-MM-DD (default: today).", transform: CalendarDate.fromArgument)
    var date: CalendarDate?

    @OptionGroup var content: ContentOption

    func run() async throws {
        try requireSupportedCmark()
        guard let day = date ?? CalendarDate.today() else {
            throw ValidationError("today's date could not be read from the system clock: give --date YYYY-MM-DD")
        }
        let outcome = await Releaser.release(policy: policy, version: version, content: content.content, date: day,
                                             onWait: waiting)
        try report(outcome.diagnostics)
        if let message = outcome.doneMessage(policy: policy) { print(message) }
    }
}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two editions of a policy.",
        discussion: "FROM and TO are released versions, or `current` for policy.md as it is now. With none, compares the last release with the current text if it changed, else the last two releases.")

    @Argument(help: "The policy's folder name, such as social-media.")
    var policy: String

    @Argument(help: "The older edition.")
    var from: String?

    @Argument(help: "The newer edition.")
    var to: String?

    @OptionGroup var content: ContentOption

    func run() throws {
        try requireSupportedCmark()
        let outcome = EditionDiff.run(policy: policy, from: from, to: to, content: content.content)
        try report(outcome.diagnostics)
        if let text = outcome.text { print(text) }
    }
}

struct Forms: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print-ready named sign-off sheets (or pupil agreements) for everyone on a roster, and a register of returns.",
        discussion: "The roster is a CSV file whose first line names the columns `name` and `role` (`name` and `class` for pupils). Writes one HTML pack (each person on a new page), register-POLICY-VERSION.csv (only added to once dates are typed in) and, with --pdf, a PDF. Never writes inside the site.")

    @Argument(help: "The policy's folder name, such as social-media.")
    var policy: String

    @Option(help: "The roster CSV file (columns name,role; name,class for pupils). Optional with --outstanding and --chase.")
    var roster: String?

    @Option(help: "The folder to write the pack and the register (or the chase list) into (not inside the site).")
    var output: String

    @Option(help: "The audience that signs.")
    var audience: String = "staff"

    @Option(help: "For pupils: the band whose agreement to print, such as years-3-4.")
    var band: String?

    @Flag(help: "Only people who, by the records, still have to sign the current edition.")
    var outstanding = false

    @Flag(help: "Instead of sheets, a chase list: one page per class (per role for staff) of who, by the records, still has to sign, and why.")
    var chase = false

    @Option(help: "The records folder (default: records/ beside the content folder).")
    var records: String?

    @Flag(help: "Also print the pack to PDF with headless Chromium.")
    var pdf = false

    @OptionGroup var content: ContentOption

    @Option(help: ArgumentHelp(templatesHelp))
    var templates: String?

    func run() async throws {
        try requireSupportedCmark()
        let request = SignOffPack.Request(policy: policy, roster: roster, output: output, content: content.content,
                                          templates: templates, audience: audience, band: band, pdf: pdf,
                                          outstanding: outstanding, chase: chase, records: records)
        let outcome = await SignOffPack.make(request)
        for line in outcome.doneLines(for: request) { print(line) }
        try report(outcome.diagnostics)
    }
}
