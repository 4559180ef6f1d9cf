import ArgumentParser
import Foundation
import HandbookKit

@main
struct HandbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handbook",
        abstract: "Build a school's policy handbook website from Markdown policies and rule metadata.",
        subcommands: [Build.self, Check.self]
    )
}

struct ContentOption: ParsableArguments {
    @Option(name: .long, help: "The content folder holding handbook.yml and policies/.")
    var content: String = "content"
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints diagnostics to standard error and exits 1 when any is an error.
func report(_ diagnostics: [Diagnostic], format: DiagnosticFormat = .text) throws {
    switch format {
    case .json:
        print(DiagnosticFormatter.json(diagnostics))
    case .text:
        if !diagnostics.isEmpty {
            FileHandle.standardError.write(Data((DiagnosticFormatter.text(diagnostics) + "\n").utf8))
        }
    }
    if diagnostics.hasErrors {
        if format == .text {
            FileHandle.standardError.write(Data((DiagnosticFormatter.summary(diagnostics) + "\n").utf8))
        }
        throw ExitCode(1)
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, then write the whole site. On any error nothing is written.")

    @OptionGroup var content: ContentOption

    @Option(help: "The folder of Mustache templates and assets/.")
    var templates: String = "templates"

    @Option(help: "The site folder to write (replaced whole when the build succeeds).")
    var output: String = "site"

    func run() throws {
        let result = HandbookBuild.build(.init(content: content.content, templates: templates, output: output))
        try report(result.diagnostics)
        print("Built \(result.pageCount) pages into \(output)/")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every content check and write nothing.")

    @OptionGroup var content: ContentOption

    @Option(help: "text for people, json for tools.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let diagnostics = HandbookBuild.check(content: content.content)
        try report(diagnostics, format: format)
        if format == .text { print("No problems found in \(content.content)/") }
    }
}
