import ArgumentParser
import HandbookKit

struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "See how far each language's translations of the parents' pages have kept up, and make files for translators.",
        subcommands: [Status.self, Template.self])

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "For each language and released policy, count the texts translated from the English as it is now (current), from English since changed (stale), and not at all (missing).")

        @Option(help: "text for people, json for tools.")
        var format: DiagnosticFormat = .text

        @OptionGroup var content: ContentOption

        func run() throws {
            let outcome = TranslationStatus.make(content: content.content)
            print(format == .json ? outcome.json : outcome.text)
            try report(outcome.diagnostics)
        }
    }

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write policies/ID/translations/LANG.yml with every text parents read, the English beside each, keeping what is already translated.")

        @Argument(help: "The language's id from handbook.yml, such as pl.")
        var language: String

        @Argument(help: "The policy's folder name, such as social-media.")
        var policy: String

        @Option(help: "Write the file here instead of into the policy's translations/ folder.")
        var output: String?

        @OptionGroup var content: ContentOption

        func run() throws {
            let outcome = TranslationTemplate.make(language: language, policy: policy, content: content.content, output: output)
            try report(outcome.diagnostics)
            if let message = outcome.doneMessage { print(message) }
        }
    }
}
