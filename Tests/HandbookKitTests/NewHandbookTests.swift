import Foundation
import HandbookContent
import HandbookKit
import HandbookModel
import HandbookTestSupport
import Testing

/// `handbook init`, then the office's first round on the new folder: check, add a policy, check,
/// write its summaries, fill in handbook.yml, release and build, each as the command calls it.
struct NewHandbookTests {
    private static let policy = """
        ---
        title: Online Safety Policy
        version: "1.0"
        effective: 2026-09-01
        review-by: 2027-09-01
        owner: Headteacher
        approved-by: Full Governing Body
        approved-on: 2026-07-10
        minute: "FGB 10 July 2026, item 4"
        ---

        Pupils tell an adult they trust about anything online that worries them.

        """

    private static let rules = """
        - id: tell-an-adult
          quote: "Pupils tell an adult they trust about anything online that worries them."
          applies-to: [pupils]
          kind: must
          acknowledge: [pupils]
          summary:
            staff: Listen when a pupil tells you something online worried them.

        """

    private static let summaries = """
            parents: Your child tells an adult they trust if something online worries them.
            pupils:
              years-3-4: I will tell an adult if I am sad online.
              years-5-6: I will tell an adult I trust if something online worries me.

        """

    /// Each `"FILL IN: …"` of the new handbook.yml with what a school would write.
    static func filledIn(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard !line.hasPrefix("#"), let start = line.range(of: "\"FILL IN") else { return String(line) }
            let key = line[..<start.lowerBound]
            let value = switch key.trimmingCharacters(in: .whitespaces) {
            case "prepared:", "reviewed:": "2026-09-01"
            case "email:": "office@oakfield.example"
            case "phone:": "01234 567890"
            default: "Mrs Khan, our head teacher"
            }
            return key + value
        }.joined(separator: "\n")
    }

    @Test func aNewHandbookIsCheckedGivenAPolicyFilledInReleasedAndBuilt() async throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let folder = fixture.path("oakfield")
        let content = folder + "/content", handbook = content + "/handbook.yml"

        let started = NewHandbook.write(folder: folder, school: "Oakfield Junior School")
        #expect(started.diagnostics.isEmpty)
        #expect(started.written == [folder + "/content/", handbook, content + "/policies/", folder + "/.gitignore"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: content + "/policies").isEmpty)
        let ignored = try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8)
        #expect(ignored.contains("/records/\n") && ignored.contains("/forms-out/\n") && ignored.contains(".build/\n"))
        #expect(started.doneLines(folder: folder).last
                == "Next, run `handbook check --content \(content)`: it lists what to fill in, and what to do after that.")

        // The first check: no error, each value to fill in at its line, and the next step.
        let lines = try String(contentsOfFile: handbook, encoding: .utf8).components(separatedBy: "\n")
        let unfilled = lines.indices.filter { lines[$0].contains("\"FILL IN") && !lines[$0].hasPrefix("#") }.map { $0 + 1 }
        #expect(unfilled.count == 5)
        var report = await HandbookBuild.check(content: content)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        #expect(report.diagnostics.filter { $0.code == "placeholders" }.map(\.location.line) == unfilled)
        #expect(report.diagnostics.filter { $0.code == "placeholders" }.allSatisfy { $0.location.file == handbook })
        let next = try #require(report.diagnostics.first { $0.code == "policies" })
        #expect(next.message == "the handbook has no policies yet")
        #expect(next.location.file == content + "/policies")
        #expect(report.diagnostics.count == 6)

        // The empty handbook builds, to preview, and says it has no policies yet.
        let site = fixture.path("site")
        var built = await fixture.build(content: content, output: site)
        #expect(built.succeeded, "\(built.diagnostics)")
        var front = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(front.contains("There are no policies in this handbook yet."))
        #expect(front.contains("The policies of Oakfield Junior School"))
        #expect(front.contains("I am a pupil in Years 3 and 4"))
        #expect(try String(contentsOfFile: site + "/policies/index.html", encoding: .utf8)
                    .contains("There are no policies in this handbook yet."))
        #expect(!snapshotTree(site).values.contains { String(decoding: $0, as: UTF8.self).contains("FILL IN") })

        // A policy whose rule binds pupils, written for staff only so far.
        try fixture.write("oakfield/content/policies/online-safety/policy.md", Self.policy)
        try fixture.write("oakfield/content/policies/online-safety/rules.yml", Self.rules)
        report = await HandbookBuild.check(content: content)
        // Never released, it is a draft: the summaries still to write are listed, not errors.
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        let missing = report.diagnostics.filter { $0.code == "summaries-to-write" }
        #expect(missing.map(\.message) == ["rule `tell-an-adult` still needs a summary written: `pupils`, one text for each band (`years-3-4`, `years-5-6`)"])
        #expect(!report.diagnostics.contains { $0.code == "policies" })

        // The summaries written: no error, and a draft preview shows whom to tell, placeholders left out.
        try fixture.write("oakfield/content/policies/online-safety/rules.yml", Self.rules + Self.summaries)
        report = await HandbookBuild.check(content: content)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        built = await fixture.build(content: content, output: site, drafts: true)
        #expect(built.succeeded)
        let pupilPage = try String(contentsOfFile: site + "/pupils/years-3-4/online-safety/index.html", encoding: .utf8)
        #expect(pupilPage.contains("Your class teacher") && pupilPage.contains("Childline"))
        #expect(!snapshotTree(site).values.contains { String(decoding: $0, as: UTF8.self).contains("FILL IN") })

        // No release while handbook.yml has a value to fill in.
        let date = try #require(CalendarDate("2026-09-01"))
        var released = await Releaser.release(policy: "online-safety", version: nil, content: content, date: date)
        #expect(released.folder == nil)
        #expect(released.diagnostics.filter { $0.code == "placeholders" }.map(\.severity) == Array(repeating: .error, count: 5))
        #expect(!FileManager.default.fileExists(atPath: content + "/policies/online-safety/versions"))

        // Filled in: released and built, on the front page, with the school's own details.
        try fixture.write("oakfield/content/handbook.yml", Self.filledIn(try fixture.read("oakfield/content/handbook.yml")))
        report = await HandbookBuild.check(content: content)
        #expect(!report.diagnostics.contains { $0.code == "placeholders" }, "\(report.diagnostics)")
        released = await Releaser.release(policy: "online-safety", version: nil, content: content, date: date)
        #expect(released.folder == content + "/policies/online-safety/versions/1.0", "\(released.diagnostics)")
        built = await fixture.build(content: content, output: site)
        #expect(built.succeeded, "\(built.diagnostics)")
        front = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(front.contains("Online Safety Policy</a>: edition 1.0"))
        #expect(!front.contains("There are no policies"))
        let statement = try String(contentsOfFile: site + "/accessibility/index.html", encoding: .utf8)
        #expect(statement.contains("office@oakfield.example") && statement.contains("1 September 2026"))
        let pupils = try String(contentsOfFile: site + "/pupils/years-5-6/online-safety/index.html", encoding: .utf8)
        #expect(pupils.contains("Mrs Khan, our head teacher"))
    }

    @Test func schoolNamesWithColonsQuotesAndHashesReadBackAsWritten() throws {
        let names = ["St Mary's C of E Junior School: Years 3–6", "The \"Old\" School #2", "Back\\slash & Co",
                     "- Hyphen {first} [and] *stars* !tag %20 @home", "null", "true", "007", "Ysgol Gymraeg Aberystwyth"]
        for name in names {
            let fixture = try Fixture(files: [:])
            defer { fixture.remove() }
            let started = NewHandbook.write(folder: fixture.path("school"), school: name)
            #expect(started.diagnostics.isEmpty, "\(name): \(started.diagnostics)")
            var diagnostics: [Diagnostic] = []
            let folder = ContentLoader.open(fixture.path("school/content"), diagnostics: &diagnostics)
            #expect(diagnostics.isEmpty, "\(name): \(diagnostics)")
            #expect(folder?.config?.school == name)
        }
    }

    @Test func theSpacesAroundANameAreLeftOut() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        #expect(NewHandbook.write(folder: fixture.path("school"), school: "  Oakfield Junior School ").diagnostics.isEmpty)
        var diagnostics: [Diagnostic] = []
        #expect(ContentLoader.open(fixture.path("school/content"), diagnostics: &diagnostics)?.config?.school == "Oakfield Junior School")
    }

    /// The other year groups the new handbook.yml describes in its notes, each made live as the
    /// notes say: delete the two junior bands and take `# ` off each line of the set.
    @Test func theYearGroupsTheNotesDescribeEachCheckWithoutAnError() async throws {
        let text = try NewHandbook.handbookText(school: "Oakfield School")
        let lines = text.components(separatedBy: "\n")
        func set(after heading: String) throws -> [String] {
            let start = try #require(lines.firstIndex { $0.contains(heading) }) + 1
            let end = lines[start...].firstIndex { !$0.hasPrefix("    #   ") && !$0.hasPrefix("    #     ") } ?? lines.endIndex
            return lines[start..<end].map { $0.replacingOccurrences(of: "    # ", with: "    ", options: .anchored) }
        }
        let bandsStart = try #require(lines.firstIndex(of: "    bands:")) + 1
        let bandsEnd = try #require(lines[bandsStart...].firstIndex { !$0.hasPrefix("      ") })
        let junior = Array(lines[bandsStart..<bandsEnd])
        let infant = try set(after: "# An infant school")
        let secondary = try set(after: "# A secondary school")
        let sets: [(bands: [String], ids: [String])] = [
            (infant, ["reception", "years-1-2"]),
            (infant + junior, ["reception", "years-1-2", "years-3-4", "years-5-6"]),
            (secondary, ["key-stage-3", "key-stage-4"]),
        ]
        for (bands, ids) in sets {
            let fixture = try Fixture(files: [:])
            defer { fixture.remove() }
            try fixture.write("content/handbook.yml",
                              (Array(lines[..<bandsStart]) + bands + Array(lines[bandsEnd...])).joined(separator: "\n"))
            var diagnostics: [Diagnostic] = []
            let folder = ContentLoader.open(fixture.content, diagnostics: &diagnostics)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            #expect(folder?.config?.audience("pupils")?.bands.map(\.id) == ids)
            let report = await HandbookBuild.check(content: fixture.content)
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        }
    }
}

/// What `handbook init` refuses, each refusal naming the folder and leaving it as it was.
struct NewHandbookRefusalTests {
    private func expectRefused(_ folder: String, school: String = "Oakfield Junior School", file: String? = nil,
                               _ message: String, hint: String,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let before = snapshotTree(folder)
        let outcome = NewHandbook.write(folder: folder, school: school)
        #expect(outcome.diagnostics == [.error(at: HandbookModel.SourceLocation(file: file ?? folder), message, hint: hint)],
                sourceLocation: sourceLocation)
        #expect(outcome.written.isEmpty, sourceLocation: sourceLocation)
        #expect(outcome.doneLines(folder: folder).isEmpty, sourceLocation: sourceLocation)
        #expect(snapshotTree(folder) == before, sourceLocation: sourceLocation)
    }

    @Test func aFolderThatHoldsAContentFolderIsRefusedAndNothingIsOverwritten() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = fixture.root.path
        expectRefused(folder, file: folder + "/content", "\(folder) already holds a handbook's content folder, \(folder)/content",
                      hint: "init only starts a new handbook and never changes one: to see what the one there needs, run `handbook check --content \(folder)/content`; to start another, give a new folder's name")
    }

    @Test func aFolderWithFilesIsRefusedByName() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        for name in ["notes.txt", "b", "c", "d"] { try fixture.write(name, "mine") }
        expectRefused(fixture.root.path, "\(fixture.root.path) is not empty: it holds b, c, d and 1 more",
                      hint: "a new handbook starts in an empty folder, so nothing of yours is overwritten: give a new folder's name, like `handbook init school-handbook --school \"…\"`")
    }

    @Test func aFileIsRefused() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        try fixture.write("handbook", "a file")
        let path = fixture.path("handbook")
        expectRefused(path, "\(path) is a file, not a folder, so a handbook cannot be started there",
                      hint: "give the name of a new folder, like `handbook init school-handbook --school \"…\"`")
    }

    @Test func anEmptyOrBrokenSchoolNameIsRefused() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let folder = fixture.path("school")
        expectRefused(folder, school: "  ", "the school's name is empty",
                      hint: "give it with --school, in quote marks, like `handbook init --school \"Hasland Junior School\"`")
        expectRefused(folder, school: "Oakfield\nJunior School",
                      "the school's name holds a line break or an invisible character (U+000A), which no page can show",
                      hint: "write the name on one line, in quote marks, like `--school \"Hasland Junior School\"`")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func aFolderThatCannotBeMadeIsAnErrorNamingIt() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        try fixture.write("notes", "a file where a folder would have to be")
        let folder = fixture.path("notes/handbook")
        let outcome = NewHandbook.write(folder: folder, school: "Oakfield Junior School")
        let problem = try #require(outcome.diagnostics.first)
        #expect(outcome.diagnostics.count == 1 && problem.severity == .error)
        #expect(problem.location == HandbookModel.SourceLocation(file: folder))
        #expect(problem.message.hasPrefix("could not write \(folder): "))
        #expect(problem.hint == "check that you may write to \(folder) and that the disk has room, then remove what was written (nothing) and run `handbook init` again")
        #expect(outcome.written.isEmpty)
        #expect(try fixture.read("notes") == "a file where a folder would have to be")
    }

    @Test func aNewGitRepositoryIsAnEmptyFolder() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        try fixture.write(".git/HEAD", "ref: refs/heads/main\n")
        let outcome = NewHandbook.write(folder: fixture.root.path, school: "Oakfield Junior School")
        #expect(outcome.diagnostics.isEmpty)
        #expect(FileManager.default.fileExists(atPath: fixture.path("content/handbook.yml")))
    }
}
