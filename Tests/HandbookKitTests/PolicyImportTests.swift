import Foundation
import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookTestSupport
import Testing

/// `handbook import` on documents shaped like a school's: the shipped Social Media Policy and two
/// policies written for these tests, each as Word and OpenDocument, and one as a printed PDF with
/// a header and footer. The fixtures and how they are made: Fixtures/Import/make-fixtures.sh.
struct PolicyImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Import")
    static let today = CalendarDate("2026-12-05")!

    static let documents = ["social-media-policy.docx", "social-media-policy.odt", "behaviour-policy.docx",
                            "behaviour-policy.odt", "attendance-policy.docx", "attendance-policy.odt", "attendance-policy.pdf"]

    /// A new handbook to import into, made by `handbook init`.
    private static func newHandbook(_ fixture: Fixture) -> String {
        let folder = fixture.path("school")
        _ = NewHandbook.write(folder: folder, school: "Oakfield Junior School")
        return folder + "/content"
    }

    /// Lower-case words, punctuation and Markdown left out: what a reader reads.
    static func words(_ text: String) -> [String] {
        TextNormalizer.normalize(text).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { start in Array(haystack[start..<(start + needle.count)]) == needle }
    }

    /// The source's Markdown body, without its front matter.
    private static func source(_ name: String) throws -> String {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name + ".md"), encoding: .utf8)
        return String(text.split(separator: "---", maxSplits: 2, omittingEmptySubsequences: false)[2])
    }

    @Test(arguments: documents)
    func importedTextKeepsEveryHeadingListAndParagraph(_ document: String) async throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        let file = Self.fixtures.appendingPathComponent(document).path
        let outcome = PolicyImport.run(.init(file: file, id: "imported", content: content, today: Self.today))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let written = try String(contentsOfFile: content + "/policies/imported/policy.md", encoding: .utf8)
        let imported = Self.words(written)
        let name = String(document.split(separator: ".")[0])
        let outline = MarkdownDocument(markdown: try Self.source(name)).outline
        for heading in outline.headings {
            #expect(Self.contains(imported, Self.words(heading.text)), "\(document): heading \(heading.text)")
        }
        for block in outline.blocks {
            if block.text.hasPrefix("|") {
                // A table, which cmark reads as one paragraph: every cell is kept, in a row's list item.
                // pandoc 2.17 reads an OpenDocument table's header row as empty cells, so from .odt
                // only the body's cells can be kept (the README says so).
                let rows = block.text.components(separatedBy: "\n").filter { !$0.isEmpty }
                let cells = rows.dropFirst(document.hasSuffix(".odt") ? 1 : 0).flatMap { $0.split(separator: "|") }
                for cell in cells where !cell.allSatisfy({ $0 == "-" || $0 == " " || $0 == "\n" }) {
                    #expect(Self.contains(imported, Self.words(String(cell))), "\(document): table cell \(cell)")
                }
                continue
            }
            #expect(Self.contains(imported, Self.words(block.text)), "\(document): \(block.kind.rawValue) on line \(block.line): \(block.text)")
        }
        // Clean CommonMark: no Word artefacts, raw HTML or pandoc's marks.
        for junk in ["{.underline}", "<!--", "<table", "<span", "⟦", "\\'", "\\.", "\\-"] {
            #expect(!written.contains(junk), "\(document) holds \(junk)")
        }
        // A draft that check passes, apart from what the office must still write.
        let report = await HandbookBuild.check(content: content)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        let rules = report.diagnostics.filter { $0.code == "summaries-to-write" }
        #expect(rules.count == outcome.findings?.candidates.count)
        #expect(rules.allSatisfy { $0.severity == .warning && $0.location.file == content + "/policies/imported/rules.yml" })
    }

    @Test(arguments: documents)
    func candidateRulesFindTheDutySentencesMarkedByHand(_ document: String) throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        let outcome = PolicyImport.run(.init(file: Self.fixtures.appendingPathComponent(document).path, id: "imported",
                                             content: content, today: Self.today))
        let findings = try #require(outcome.findings, "\(outcome.diagnostics)")
        let name = String(document.split(separator: ".")[0])
        let marked = try String(contentsOf: Self.fixtures.appendingPathComponent(name + ".duties.txt"), encoding: .utf8)
            .split(separator: "\n").map { Self.words(String($0)) }
        let found = findings.candidates.map { Self.words($0.quote) }
        let hits = marked.filter { found.contains($0) }.count
        let falseOnes = Set(found.filter { !marked.contains($0) }.map { $0.joined(separator: " ") }).count
        print("\(document): \(hits) of \(marked.count) marked duty sentences found; \(falseOnes) candidate(s) not marked")
        #expect(Double(hits) >= 0.9 * Double(marked.count), "\(document): \(hits) of \(marked.count)")
        #expect(Double(falseOnes) <= 0.15 * Double(marked.count), "\(document): \(falseOnes) false")
    }

    @Test func detailsTheDocumentStatesFillTheFrontMatter() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        let outcome = PolicyImport.run(.init(file: Self.fixtures.appendingPathComponent("behaviour-policy.docx").path,
                                             id: "behaviour", content: content, today: Self.today))
        #expect(outcome.diagnostics.isEmpty)
        let text = try String(contentsOfFile: content + "/policies/behaviour/policy.md", encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Behaviour Policy\"\nversion: \"1.0\"\neffective: 2026-12-05"))
        #expect(text.contains("\nreview-by: 2027-09-01\nowner: \"Headteacher\"\napproved-by: \"Full Governing Body\"\napproved-on: 2026-07-10\n---\n"))
        #expect(text.contains("\n## 1. Introduction\n") && text.contains("\n### 3.1 The governing body\n"))
        let lines = outcome.reportLines(content: content)
        #expect(lines.first == "Imported Behaviour Policy into \(content)/policies/behaviour/policy.md and \(content)/policies/behaviour/rules.yml as a draft (not released, not published).")
        #expect(lines.contains("  table: 4 rows, written as a list, one item per row"))
    }

    @Test func aPolicyWithoutItsOwnerIsLeftToFillInAndCannotBeReleased() async throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        try fixture.write("plain.md", "# Uniform Policy\n\nPupils must wear the school jumper.\n")
        let outcome = PolicyImport.run(.init(file: fixture.path("plain.md"), id: "uniform", content: content, today: Self.today))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let report = await HandbookBuild.check(content: content)
        let toFill = report.diagnostics.filter { $0.code == "draft-placeholders" }
        #expect(toFill.map(\.message).sorted() == [
            "`approved-by` in \(content)/policies/uniform/policy.md is still to be filled in: who approves this policy, such as Full Governing Body",
            "`owner` in \(content)/policies/uniform/policy.md is still to be filled in: the post that looks after this policy, such as Headteacher",
        ])
        let rule = try #require(report.diagnostics.first { $0.code == "summaries-to-write" })
        #expect(rule.message == "rule `pupils-wear-school-jumper` still needs a summary written: `pupils`, one text for each band (`years-3-4`, `years-5-6`)")
        #expect(rule.hint?.hasPrefix("under `summary:`, write the rule in plain words for each of them:\n  pupils:\n    years-3-4: …\n    years-5-6: …\n") == true)
        #expect(rule.location.file == content + "/policies/uniform/rules.yml" && rule.location.line == 10)
    }

    /// The office's round on a new handbook: init, check, import, check, write the summaries, release, build.
    @Test func aNewHandbookImportsAPolicyWritesItsSummariesReleasesAndBuilds() async throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        var report = await HandbookBuild.check(content: content)
        #expect(report.diagnostics.contains { $0.code == "policies" })

        let outcome = PolicyImport.run(.init(file: Self.fixtures.appendingPathComponent("behaviour-policy.docx").path,
                                             id: "behaviour", content: content, today: Self.today))
        #expect(outcome.diagnostics.isEmpty)
        report = await HandbookBuild.check(content: content)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(report.diagnostics.filter { $0.code == "summaries-to-write" }.count == outcome.findings?.candidates.count)

        let early = await Releaser.release(policy: "behaviour", version: nil, content: content, date: Self.today)
        #expect(early.folder == nil && early.diagnostics.contains { $0.code == "summaries-to-write" && $0.severity == .error })

        // The office writes every summary the comments ask for, fills in handbook.yml and the minute.
        let rulesPath = "school/content/policies/behaviour/rules.yml"
        let written = try fixture.read(rulesPath).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("    # ") else { return String(line) }
            let shape = line.dropFirst(6)
            if shape.hasSuffix(":") { return "    " + shape }
            let key = shape.prefix(while: { $0 != ":" })
            let indent = key.hasPrefix(" ") ? "      " : "    "
            let name = key.trimmingCharacters(in: .whitespaces)
            let text = switch name {
            case "staff": "Follow this rule as the policy says."
            case "parents": "We ask you to help with this."
            default: "I will do my best."
            }
            return indent + name + ": " + text
        }.joined(separator: "\n")
        try fixture.write(rulesPath, written)
        try fixture.write("school/content/handbook.yml", NewHandbookTests.filledIn(try fixture.read("school/content/handbook.yml")))
        let policyPath = "school/content/policies/behaviour/policy.md"
        try fixture.write(policyPath, try fixture.read(policyPath).replacingOccurrences(
            of: "approved-on: 2026-07-10\n", with: "approved-on: 2026-07-10\nminute: \"FGB 10 July 2026, item 5\"\n"))
        report = await HandbookBuild.check(content: content)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(!report.diagnostics.contains { ["summaries-to-write", "placeholders", "draft-placeholders"].contains($0.code) })

        let released = await Releaser.release(policy: "behaviour", version: nil, content: content, date: Self.today)
        #expect(released.folder == content + "/policies/behaviour/versions/1.0", "\(released.diagnostics)")
        let site = fixture.path("site")
        let built = await fixture.build(content: content, output: site)
        #expect(built.succeeded, "\(built.diagnostics)")
        let page = try String(contentsOfFile: site + "/policies/behaviour/index.html", encoding: .utf8)
        #expect(page.contains("Behaviour Policy") && page.contains("3.1 The governing body") && page.contains("Be respectful"))
    }

    /// A page saved from Word as HTML: bookmarks, spans, underlines, empty emphasis, a comment
    /// and an image, none of which the draft keeps, and the title heading given to the page.
    @Test func wordArtefactsAreLeftOutAndImagesReported() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        try fixture.write("saved.html", """
            <html><head><title>Online Safety Policy</title></head><body>
            <h1>Online Safety Policy</h1>
            <p class=MsoNormal><a name="_Toc1"></a><b><span style='font-size:14pt'>1. Purpose</span></b></p>
            <p class=MsoNormal><span style='mso-bookmark:_Toc1'>Staff <u>must</u> report concerns to the DSL.</span> Pupils shouldn&#8217;t share passwords.<o:p></o:p></p>
            <p><b></b><i> </i></p>
            <p><img src="logo.png" alt="School logo"></p>
            <ul><li>Parents are expected to check their child&#8217;s apps &amp; games.</li></ul>
            <!-- a Word comment -->
            </body></html>
            """)
        let outcome = PolicyImport.run(.init(file: fixture.path("saved.html"), id: "online-safety", content: content, today: Self.today))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let text = try fixture.read("school/content/policies/online-safety/policy.md")
        #expect(text.hasSuffix("""
            ---

            ## 1. Purpose

            Staff must report concerns to the DSL. Pupils shouldn't share passwords.

            - Parents are expected to check their child's apps & games.

            """))
        #expect(outcome.findings?.skipped.map { "\($0.kind.rawValue): \($0.detail)" } == ["image: School logo"])
        #expect(outcome.findings?.candidates.map(\.kind) == [.must, .mustNot, .should])
        #expect(outcome.findings?.candidates.map(\.appliesTo) == [["staff"], ["pupils"], ["parents"]])
    }

    // MARK: What goes wrong

    @Test func aMissingConverterIsNamedWithItsPackage() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        for (document, program, package) in [("behaviour-policy.docx", "pandoc", "pandoc"), ("attendance-policy.pdf", "pdftotext", "poppler-utils")] {
            let file = Self.fixtures.appendingPathComponent(document).path
            let outcome = PolicyImport.run(.init(file: file, id: "new", content: content, today: Self.today, searchPath: fixture.path("empty-bin")))
            let problem = try #require(outcome.diagnostics.first)
            #expect(problem.message == "\(program) is not installed, so \(file) cannot be read")
            #expect(problem.location.file == file && problem.location.line == nil)
            #expect(problem.hint == "install the Debian or Ubuntu package `\(package)`: `sudo apt-get install \(package)`; then run the import again")
            #expect(!FileManager.default.fileExists(atPath: content + "/policies/new"))
        }
    }

    @Test func anExistingPolicyFolderIsNeverReplaced() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        try fixture.write("school/content/policies/behaviour/policy.md", "ours")
        let outcome = PolicyImport.run(.init(file: Self.fixtures.appendingPathComponent("behaviour-policy.odt").path,
                                             id: "behaviour", content: content, today: Self.today))
        let problem = try #require(outcome.diagnostics.first)
        #expect(problem.message == "\(content)/policies/behaviour already exists, and import never replaces a policy")
        #expect(problem.location.file == content + "/policies/behaviour")
        #expect(problem.hint == "give the new policy another id, like `--id behaviour-imported`; or, to replace the policy there, move its folder out of \(content) first")
        #expect(try fixture.read("school/content/policies/behaviour/policy.md") == "ours")
        #expect(outcome.written.isEmpty)
    }

    @Test func anUnknownKindOfFileIsRefusedByName() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        try fixture.write("old.rtf", "{\\rtf1 text}")
        let outcome = PolicyImport.run(.init(file: fixture.path("old.rtf"), id: "old", content: content, today: Self.today))
        let problem = try #require(outcome.diagnostics.first)
        #expect(problem.message == "\(fixture.path("old.rtf")) is a .rtf file, which handbook cannot import")
        #expect(problem.location.file == fixture.path("old.rtf"))
        #expect(problem.hint == "import a .docx, .odt, .html, .md, .pdf file: open the document in Word or LibreOffice and save it as .docx or .odt (or as PDF), then import that")
    }

    @Test func anEmptyDocumentIsRefused() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        try fixture.write("blank.html", "<html><body>  </body></html>")
        let outcome = PolicyImport.run(.init(file: fixture.path("blank.html"), id: "blank", content: content, today: Self.today))
        let problem = try #require(outcome.diagnostics.first)
        #expect(problem.message == "\(fixture.path("blank.html")) has no text to import")
        #expect(problem.location.file == fixture.path("blank.html"))
        #expect(problem.hint?.hasPrefix("open the document and check it holds the policy's text") == true)
        #expect(!FileManager.default.fileExists(atPath: content + "/policies/blank"))
    }

    @Test func anIdThatCannotBeAnAddressIsRefused() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let content = Self.newHandbook(fixture)
        let file = Self.fixtures.appendingPathComponent("behaviour-policy.docx").path
        let outcome = PolicyImport.run(.init(file: file, id: "Behaviour Policy", content: content, today: Self.today))
        let problem = try #require(outcome.diagnostics.first)
        #expect(problem.message == "`Behaviour Policy` cannot be a policy's id")
        #expect(problem.location.file == file)
    }
}

/// Once a policy has been released, a summary missing from its working copy is an error again:
/// only a first draft lists its summaries as still to write.
struct ReleasedPolicySummaryTests {
    @Test func aReleasedPolicyMissingASummaryIsAnError() async throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: fixture.url("content"))
        try fixture.replace(in: "content/policies/social-media/rules.yml",
                            "    staff: Follow the school's Equality and Diversity Policy in everything you do online.\n", with: "")
        let report = await HandbookBuild.check(content: fixture.content)
        let problem = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(problem.code == "rules")
        #expect(problem.message == "rule `equality-and-diversity` applies to `staff` but has no `staff` summary")
        #expect(problem.location.file == fixture.content + "/policies/social-media/rules.yml")
        #expect(!report.diagnostics.contains { $0.code == "summaries-to-write" })
    }
}

/// The page layout pdftotext prints, read back as Markdown.
struct LayoutTextReaderTests {
    @Test func headersFootersAndPageNumbersGoAndSplitWordsAndParagraphsJoin() {
        let layout = """
            Anti-Bullying Policy
            Hasland Junior School                               Review date: July 2027

            1. Introduction
            Bullying is never acceptable. All staff must re-
            spond to every report on the same day.

            2.1 Reporting
            •   Pupils should tell an adult they trust.
            •   Parents should contact the class teacher, who will
                record the report.
                                         Page 1 of 2
            \u{0C}Hasland Junior School                               Review date: July 2027

            3. Records
            The headteacher keeps a record of every report.
                                         Page 2 of 2
            """
        let read = LayoutTextReader.read(layout)
        #expect(read.documentTitle == "Anti-Bullying Policy")
        #expect(read.repeatedLines == ["Hasland Junior School                               Review date: July 2027"])
        #expect(read.markdown == """
            ## 1. Introduction

            Bullying is never acceptable. All staff must respond to every report on the same day.

            ### 2.1 Reporting

            - Pupils should tell an adult they trust.
            - Parents should contact the class teacher, who will record the report.

            ## 3. Records

            The headteacher keeps a record of every report.

            """)
    }
}
