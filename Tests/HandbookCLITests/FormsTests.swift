import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport
import Testing

/// The printable forms, printed by a real browser and read back from the PDF.
@Suite(.enabled(if: PrintTools.shouldRun, "needs chromium and poppler-utils"))
struct FormsPrintTests {
    static let a4 = "595 x 842"

    private func builtSite() throws -> Fixture {
        let fixture = try Fixture(files: [:])
        let result = try HandbookRunner.run(["build", "--no-search", "--content", Repository.content, "--templates",
                                             Repository.templates, "--output", "site"], in: fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        return fixture
    }

    @Test func everyFormPrintsOnA4AndEachPupilAgreementOnOnePage() throws {
        let fixture = try builtSite()
        defer { fixture.remove() }
        let forms = try FileManager.default.contentsOfDirectory(atPath: fixture.output + "/forms/social-media").sorted()
        #expect(forms == ["pupil-agreement-years-3-4", "pupil-agreement-years-5-6", "staff-sign-off"])
        for form in forms {
            let pdf = try PrintTools.printToPDF(fixture.url("site/forms/social-media/\(form)/index.html"))
            let sizes = try PrintTools.pageSizes(pdf)
            #expect(!sizes.isEmpty && sizes.allSatisfy { $0 == Self.a4 }, "\(form): \(sizes)")
            // Every printed page names the school, the policy, the edition and its fingerprint.
            for page in 1...(try PrintTools.pageCount(pdf)) {
                let text = try PrintTools.text(ofPage: page, in: pdf)
                #expect(text.contains("Hasland Junior School") && text.contains("Social Media Policy")
                        && text.contains("Edition 1.2") && text.contains("Fingerprint 6b9bf38710f6"), "\(form), page \(page)")
            }
            let text = try PrintTools.text(ofPage: 1, in: pdf)
            if form.hasPrefix("pupil-agreement") {
                #expect(try PrintTools.pageCount(pdf) == 1, "\(form) should fit on one page")
                #expect(text.contains("My class") && text.contains("(in capitals)") && text.contains("Tick each promise"))
                #expect(text.contains("I will hand it in"))
                #expect(!text.contains("Skip to the main content") && !text.contains("Read this policy for"))
                #expect(!text.contains("Home"), "the breadcrumbs are left off the paper")
            }
        }
    }

    @Test func signatureRowsFillTheLastPageAndAreNeverSplit() throws {
        let fixture = try builtSite()
        defer { fixture.remove() }
        try expectRowsFillTheLastPage(fixture.url("site/forms/social-media/staff-sign-off/index.html"))
    }

    @Test func aShortSheetsRowsFillItsPageToo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        try expectRowsFillTheLastPage(fixture.url("site/forms/mobile-phones/staff-sign-off/index.html"))
    }

    /// The table of blank rows ends on the sheet's last page, closed, within its bottom fifth.
    private func expectRowsFillTheLastPage(_ sheet: URL) throws {
        let pdf = try PrintTools.printToPDF(sheet)
        let pages = try PrintTools.pageCount(pdf)
        let bitmap = try PrintTools.bitmap(ofPage: pages, in: pdf)
        #expect(try PrintTools.text(ofPage: pages, in: pdf)
            .range(of: #"Name\s+Role\s+Signature\s+Date"#, options: .regularExpression) != nil)
        #expect(TableGeometry.lastRowIsClosed(bitmap), "the last page ends in the middle of a row")
        let bottom = try #require(TableGeometry.lowestFullWidthLine(bitmap))
        #expect(Double(bottom) / Double(bitmap.height) > 0.8, "rows end at \(bottom) of \(bitmap.height): the page is not filled")
    }

    @Test func aThirtyPersonRosterPrintsEachPersonFromANewPage() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let names = (1...30).map { "Person \($0) Example" }
        let roster = "name,role,payroll\n" + names.enumerated().map { "\($1),\($0 % 3 == 0 ? "Governor" : "Teacher"),x\($0)" }
            .joined(separator: "\n") + "\n"
        try fixture.write("staff.csv", roster)
        let result = try HandbookRunner.run(["forms", "social-media", "--roster", "staff.csv", "--output", "pack",
                                             "--content", Repository.content, "--templates", Repository.templates, "--pdf"],
                                            in: fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote 30 named sheets"))
        let pdf = fixture.url("pack/social-media-1.2-staff-sign-off.pdf")
        let pages = try PrintTools.pageCount(pdf)
        #expect(try PrintTools.pageSizes(pdf).allSatisfy { $0 == Self.a4 })
        var firstPage: [String: Int] = [:]
        for page in 1...pages {
            let text = try PrintTools.text(ofPage: page, in: pdf)
            for name in names where text.contains("Sign-off sheet: \(name)\n") || text.contains("Sign-off sheet: \(name) ") {
                #expect(firstPage[name] == nil)
                firstPage[name] = page
                let beforeHeading = text.components(separatedBy: "Sign-off sheet:").first ?? ""
                #expect(!beforeHeading.contains("I have read") && !beforeHeading.contains("Signature"),
                        "\(name)'s sheet should start on a fresh page")
            }
        }
        #expect(firstPage.count == 30, "missing: \(names.filter { firstPage[$0] == nil })")
        #expect(Set(firstPage.values).count == 30)
        #expect(pages % 30 == 0, "every sheet should take the same number of pages")
        let register = try fixture.read("pack/register-social-media-1.2.csv")
        #expect(register.hasPrefix("name,role,audience,policy,version,fingerprint,signed\r\n"))
        #expect(register.contains("Person 8 Example,Teacher,staff,social-media,1.2,"))
    }

    @Test func eachNamedPupilAgreementIsOneA4Page() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let pupils = ["Pip Quill", "Ro Stone", "Tam Underwood"]
        try fixture.write("class-3b.csv", "name,class\n" + pupils.map { "\($0),3B" }.joined(separator: "\n") + "\n")
        let result = try HandbookRunner.run(["forms", "social-media", "--roster", "class-3b.csv", "--output", "pack",
                                             "--audience", "pupils", "--band", "years-3-4", "--records", "records",
                                             "--content", Repository.content, "--templates", Repository.templates, "--pdf"],
                                            in: fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = fixture.url("pack/social-media-1.2-pupil-agreement-years-3-4.pdf")
        #expect(try PrintTools.pageCount(pdf) == pupils.count)
        #expect(try PrintTools.pageSizes(pdf).allSatisfy { $0 == Self.a4 })
        for (index, name) in pupils.enumerated() {
            let text = try PrintTools.text(ofPage: index + 1, in: pdf)
            #expect(text.contains(name) && text.contains("3B") && text.contains("(in capitals)"), "page \(index + 1)")
            #expect(text.contains("Fingerprint 6b9bf38710f6") && text.contains("Edition 1.2"))
        }
    }
}

/// Roster handling that needs no browser.
struct FormsCommandTests {
    @Test func noRosterNameEverReachesTheSite() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nZebedee Quartermaine,Teacher\nXanthe Oddling,Governor\n")
        #expect(try HandbookRunner.build(fixture).status == 0)
        let forms = try HandbookRunner.run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "forms-out",
                                            "--content", "content", "--templates", Repository.templates], in: fixture.root)
        #expect(forms.status == 0, "\(forms.stderr)")
        #expect(try HandbookRunner.build(fixture).status == 0)
        #expect(try fixture.read("forms-out/mobile-phones-2.3-staff-sign-off.html").contains("Zebedee Quartermaine"))
        let site = snapshotTree(fixture.output)
        #expect(!site.isEmpty)
        for (path, data) in site {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Zebedee") && !text.contains("Xanthe"), "\(path) holds a roster name")
        }
    }

    @Test func aFormsFolderInsideTheSiteIsRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nZebedee Quartermaine,Teacher\n")
        #expect(try HandbookRunner.build(fixture).status == 0)
        let result = try HandbookRunner.run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "site/forms/named",
                                             "--content", "content", "--templates", Repository.templates], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("site/forms/named: error: the forms folder is inside the published site"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/forms/named"))
    }

    @Test func badRosterRowsAreReportedWithTheirLines() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n,Governor\nSam Lee\n\"Unfinished,Teacher\n")
        let result = try HandbookRunner.run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "out",
                                             "--content", "content", "--templates", Repository.templates], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("staff.csv:5: error: a quoted field starts here but never ends"))
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n,Governor\nSam Lee\n")
        let second = try HandbookRunner.run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "out",
                                             "--content", "content", "--templates", Repository.templates], in: fixture.root)
        #expect(second.stderr.contains("staff.csv:3: error: this row has no name"))
        #expect(second.stderr.contains("staff.csv:4: error: Sam Lee has no role"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/out"))
        try fixture.write("staff.csv", "person,job\nJo,Teacher\n")
        let header = try HandbookRunner.run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", "out",
                                             "--content", "content", "--templates", Repository.templates], in: fixture.root)
        #expect(header.stderr.contains("staff.csv:1: error: the roster's first line must name the columns `name` and `role`"))
    }

    @Test func pdfWithoutChromiumSaysHowToInstallIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        let process = Process()
        process.executableURL = HandbookRunner.executable
        process.arguments = ["forms", "mobile-phones", "--roster", "staff.csv", "--output", "out", "--content", "content",
                             "--templates", Repository.templates, "--pdf"]
        process.currentDirectoryURL = fixture.root
        process.environment = ["PATH": fixture.root.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("out: error: Chromium is not installed, so no PDF was made"))
        #expect(stderr.contains("install it with `apt-get install chromium`"))
        #expect(FileManager.default.fileExists(atPath: fixture.root.path + "/out/register-mobile-phones-2.3.csv"))
    }

    @Test func anEmptyRosterIsNamed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\n\n")
        let result = try HandbookRunner.run(["forms", "trips", "--roster", "staff.csv", "--output", "out", "--content", "content",
                                             "--templates", Repository.templates], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("staff.csv:1: error: the roster lists nobody"))
        try fixture.write("staff.csv", "")
        let empty = try HandbookRunner.run(["forms", "trips", "--roster", "staff.csv", "--output", "out", "--content", "content",
                                            "--templates", Repository.templates], in: fixture.root)
        #expect(empty.stderr.contains("staff.csv:1: error: the roster is empty"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/out"))
    }

    @Test func namedSheetsMayNotBeWrittenWhereTheSiteIsMadeFrom() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        for output in ["templates/assets/signed", "content/signed"] {
            let result = try HandbookRunner.run(["forms", "mobile-phones", "--roster", "staff.csv", "--output", output,
                                                 "--content", "content", "--templates", "templates"], in: fixture.root)
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(output): error: the forms folder is inside the"))
            #expect(!FileManager.default.fileExists(atPath: fixture.root.path + "/" + output))
        }
    }
}

/// Reads a printed page's bitmap to tell whether the table's last row is closed by a bottom border.
enum TableGeometry {
    /// Finds the table's left border (the leftmost column that is dark over a long run) and checks
    /// that below the lowest full-width horizontal line that border does not go on.
    static func lastRowIsClosed(_ bitmap: (width: Int, height: Int, pixels: [UInt8])) -> Bool {
        let (width, height, pixels) = bitmap
        func dark(_ x: Int, _ y: Int) -> Bool { pixels[y * width + x] < 128 }
        guard let bottom = lowestFullWidthLine(bitmap) else { return false }
        guard let left = (0..<width / 4).first(where: { x in (max(0, bottom - 20)..<bottom).allSatisfy { dark(x, $0) } }) else {
            return false
        }
        let below = (bottom + 2)..<min(height, bottom + 25)
        return below.allSatisfy { !dark(left, $0) }
    }

    /// The lowest line of pixels dark across most of the page: the bottom of a table.
    static func lowestFullWidthLine(_ bitmap: (width: Int, height: Int, pixels: [UInt8])) -> Int? {
        let (width, height, pixels) = bitmap
        return (0..<height).last { y in
            (0..<width).reduce(0) { $0 + (pixels[y * width + $1] < 128 ? 1 : 0) } > width * 6 / 10
        }
    }
}

/// With a public address in handbook.yml, every printed form carries a QR code to its edition.
@Suite(.enabled(if: PrintTools.shouldRun, "needs chromium and poppler-utils"))
struct FormQRCodeTests {
    @Test func thePrintedQRCodeOpensTheEditionItWasPrintedFrom() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        try? FileManager.default.removeItem(at: fixture.url("content"))
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: fixture.url("content"))
        try fixture.write("content/handbook.yml",
                          try fixture.read("content/handbook.yml") + "base-url: https://handbook.hasland.example/\n")
        let result = try HandbookRunner.build(fixture)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/policies/social-media/1.2/index.html"))
        for form in ["pupil-agreement-years-3-4", "staff-sign-off"] {
            let pdf = try PrintTools.printToPDF(fixture.url("site/forms/social-media/\(form)/index.html"))
            let image = pdf.deletingPathExtension().path + "-qr"
            _ = try PrintTools.run("pdftoppm", ["-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", pdf.path, image])
            let decoded = try PrintTools.run("zbarimg", ["--quiet", "--raw", image + ".png"])
            #expect(decoded.trimmingCharacters(in: .whitespacesAndNewlines)
                    == "https://handbook.hasland.example/policies/social-media/1.2/", "\(form)")
        }
    }
}
