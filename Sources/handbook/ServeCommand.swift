import ArgumentParser
import Foundation
import HandbookKit
import HandbookPreview
import Synchronization

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the handbook in a browser while you edit it.",
        discussion: """
            Builds the site into memory (drafts included with --drafts) and serves it on this computer. \
            Every time a file in the content or templates folder is saved the site is built again and open pages \
            reload by themselves; while the content has errors every page lists them. Writes no file. \
            Stop it with Ctrl-C.
            """)

    @Option(help: "The port to serve on (0: any free port).")
    var port: Int = 8000

    @Option(help: "The address to listen on. The default serves this computer only.")
    var host: String = "127.0.0.1"

    @Flag(help: "Also show policies never released and changes not yet released, each marked as a draft.")
    var drafts = false

    @OptionGroup var content: ContentOption

    @Option(help: ArgumentHelp(templatesHelp))
    var templates: String?

    var options: PreviewServer.Options {
        .init(host: host, port: port, content: content.content, templates: templates, drafts: drafts)
    }

    func validate() throws {
        do {
            try options.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        try requireSupportedCmark()
        let terminal = BuildPrinter()
        do {
            try await PreviewServer.run(options) { event in
                switch event {
                case .built(let report):
                    terminal.show(report, verb: "Built")
                case .ready(let address):
                    say("Serving the handbook at \(address) (Ctrl-C to stop)")
                case .rebuilt(let report):
                    terminal.show(report, verb: "Rebuilt")
                }
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Written at once, not buffered, so whoever reads the terminal or a pipe sees each line as it happens.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// One short line per build. Errors are printed in full every time, as the pages show them; warnings
/// only when they differ from those last printed, so saving a file does not repeat them all.
private final class BuildPrinter: Sendable {
    private let lastWarnings = Mutex<[Diagnostic]?>(nil)

    func show(_ report: HandbookBuild.Report, verb: String) {
        let diagnostics = report.diagnostics
        if diagnostics.hasErrors {
            lastWarnings.withLock { $0 = nil }
            let summary = DiagnosticFormatter.summary(diagnostics)
            complain(DiagnosticFormatter.text(diagnostics)
                     + "\nNot \(verb.lowercased()): \(summary); every page lists them until they are fixed")
            return
        }
        let changed = lastWarnings.withLock { last in
            defer { last = diagnostics }
            return last != diagnostics
        }
        if changed && !diagnostics.isEmpty { complain(DiagnosticFormatter.text(diagnostics)) }
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        say("\(verb): \(report.pageCount) pages" + (warnings == 0 ? "" : " (\(warnings) \(warnings == 1 ? "warning" : "warnings"))"))
    }

    private func complain(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
