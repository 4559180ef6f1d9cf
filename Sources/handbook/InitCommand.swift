import ArgumentParser
import HandbookKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new handbook: content/handbook.yml, an empty content/policies/ and a .gitignore.",
        discussion: "FOLDER must be new, or empty: init never writes over a file. Then run `handbook check`: it lists what to fill in, and what to do next.")

    @Argument(help: "The folder to start the handbook in (made if it is not there).")
    var folder: String = "."

    @Option(help: "The school's name, as every page shows it, such as \"Hasland Junior School\".")
    var school: String?

    func validate() throws {
        guard school != nil else {
            throw ValidationError("give the school's name with --school, in quote marks, like `handbook init --school \"Hasland Junior School\"`")
        }
    }

    func run() throws {
        let outcome = NewHandbook.write(folder: folder, school: school ?? "")
        try report(outcome.diagnostics)
        for line in outcome.doneLines(folder: folder) { print(line) }
    }
}
