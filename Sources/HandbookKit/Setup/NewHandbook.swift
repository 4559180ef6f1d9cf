import Foundation
import HandbookModel
import HandbookTemplates

/// `handbook init`: a new handbook in an empty folder, ready for `handbook check` to say what to
/// fill in and what to do next. It writes content/handbook.yml (from the template bundled with
/// the program), an empty content/policies/ and a .gitignore, and never replaces a file.
public enum NewHandbook {
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// Every file and folder written, as the user would type its path.
        public var written: [String]
        /// The school's name as written into handbook.yml.
        public var school = ""

        /// What `handbook init` says once the folder is ready.
        public func doneLines(folder: String) -> [String] {
            guard !written.isEmpty, !diagnostics.hasErrors else { return [] }
            let content = ContentPaths.join(folder, "content")
            let check = content == "content" ? "handbook check" : "handbook check --content \(content)"
            return ["Started the policy handbook of \(school):"] + written.map { "  \($0)" }
                + ["Next, run `\(check)`: it lists what to fill in, and what to do after that."]
        }
    }

    /// The names `init` may find in its folder and still start there: a new Git repository.
    static let allowedLeftovers: Set<String> = [".git"]

    public static func write(folder: String, school: String) -> Outcome {
        let place = SourceLocation(file: folder)
        let name = String(school.trimmingCharacters(in: .whitespaces))
        if let problem = SchoolName.problem(name, at: place) { return Outcome(diagnostics: [problem], written: []) }
        if let refusal = refusal(folder) { return Outcome(diagnostics: [refusal], written: []) }
        let text: String, ignore: String
        do {
            (text, ignore) = (try handbookText(school: name), try ignoreText())
        } catch {
            return Outcome(diagnostics: [error], written: [])
        }
        var written: [String] = []
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        let steps: [(shown: String, make: () throws -> Void)] = [
            (folder, { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }),
            (ContentPaths.join(folder, "content/"), { try makeFolder(root.appendingPathComponent("content")) }),
            (ContentPaths.join(folder, "content/handbook.yml"),
             { try Data(text.utf8).write(to: root.appendingPathComponent("content/handbook.yml"), options: .withoutOverwriting) }),
            (ContentPaths.join(folder, "content/policies/"), { try makeFolder(root.appendingPathComponent("content/policies")) }),
            (ContentPaths.join(folder, ".gitignore"),
             { try Data(ignore.utf8).write(to: root.appendingPathComponent(".gitignore"), options: .withoutOverwriting) }),
        ]
        for (index, step) in steps.enumerated() {
            do {
                try step.make()
            } catch {
                return Outcome(diagnostics: [.error(at: SourceLocation(file: step.shown),
                                                    "could not write \(step.shown): \(error.localizedDescription)",
                                                    hint: "check that you may write to \(folder) and that the disk has room, then remove what was written (\(written.isEmpty ? "nothing" : written.joined(separator: ", "))) and run `handbook init` again")],
                               written: written)
            }
            if index > 0 { written.append(step.shown) }
        }
        return Outcome(diagnostics: [], written: written, school: name)
    }

    /// Why `folder` cannot hold a new handbook, if it cannot: it holds a handbook already, or
    /// anything at all, which init would have to write among.
    static func refusal(_ folder: String) -> Diagnostic? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory) else { return nil }
        let here = SourceLocation(file: folder)
        guard isDirectory.boolValue else {
            return .error(at: here, "\(folder) is a file, not a folder, so a handbook cannot be started there",
                          hint: "give the name of a new folder, like `handbook init school-handbook --school \"…\"`")
        }
        let content = ContentPaths.join(folder, "content")
        if fm.fileExists(atPath: content) || (try? fm.destinationOfSymbolicLink(atPath: content)) != nil {
            return .error(at: SourceLocation(file: content), "\(folder) already holds a handbook's content folder, \(content)",
                          hint: "init only starts a new handbook and never changes one: to see what the one there needs, run `handbook check --content \(content)`; to start another, give a new folder's name")
        }
        let entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: folder).filter { !allowedLeftovers.contains($0) }.sorted()
        } catch {
            return .error(at: here, "could not look inside \(folder): \(error.localizedDescription)",
                          hint: "check that you may read and write the folder, or give a new folder's name")
        }
        guard entries.isEmpty else {
            let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? " and \(entries.count - 3) more" : "")
            return .error(at: here, "\(folder) is not empty: it holds \(shown)",
                          hint: "a new handbook starts in an empty folder, so nothing of yours is overwritten: give a new folder's name, like `handbook init school-handbook --school \"…\"`")
        }
        return nil
    }

    /// content/handbook.yml for a school: the bundled template with the name written in, quoted.
    package static func handbookText(school: String) throws(Diagnostic) -> String {
        let name = "new-handbook.yml"
        let template = try resource(name)
        var library = TemplateLibrary(escape: YAMLQuoting.insideDoubleQuotes)
        do throws(TemplateSyntaxError) {
            try library.register(template, named: name)
        } catch {
            throw brokenResource(name, "cannot be read: line \(error.line): \(error.message)")
        }
        guard let text = library.render(NewHandbookFields(school: school), withTemplate: name) else {
            throw brokenResource(name, "cannot be read")
        }
        return text
    }

    /// The .gitignore of a new handbook: the school's records and printed forms stay out of Git.
    package static func ignoreText() throws(Diagnostic) -> String { try resource("new-gitignore") }

    private static func resource(_ name: String) throws(Diagnostic) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw brokenResource(name, "is not beside the program")
        }
        return text
    }

    private static func brokenResource(_ name: String, _ reason: String) -> Diagnostic {
        .error(at: SourceLocation(file: name), "the program's own \(name) \(reason)",
               hint: "reinstall handbook: the file is part of the program, not of your content")
    }

    /// A folder that must not be there yet.
    private static func makeFolder(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }
}

/// What new-handbook.yml is given.
struct NewHandbookFields: TemplateRecord {
    var school: String

    static let templateFields: TemplateFields<Self> = [
        "school": .field(\.school),
    ]
}
