import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The printable forms, printed by a real browser and read back from the PDF.
@Suite(.enabled(if: PrintTools.shouldRun, "needs chromium and poppler-utils"))
struct FormsPrintTests {
    static let a4 = "595 x 842"

    /// Each of the shipped forms is printed once, with the QR code a public address in handbook.yml
    /// adds, and everything about it is read from that PDF. The short sheet and the named packs
    /// below print without a QR code.
    @Test func everyFormPrintsOnA4WithAQRCodeToItsEditionAndEachPupilAgreementOnOnePage() async throws {
        let fixture = try await SharedSites.shippedWithAddress.value()
        let scratch = try Fixture(files: [:])
        defer { scratch.remove() }
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/policies/social-media/1.2/index.html"))
        let forms = try FileManager.default.contentsOfDirectory(atPath: fixture.output + "/forms/social-media").sorted()
        #expect(forms == ["pupil-agreement-years-3-4", "pupil-agreement-years-5-6", "staff-sign-off"])
        for form in forms {
            let pdf = try await PrintTools.printToPDF(fixture.url("site/forms/social-media/\(form)/index.html"), into: scratch.root)
            let sizes = try PrintTools.pageSizes(pdf)
            #expect(!sizes.isEmpty && sizes.allSatisfy { $0 == Self.a4 }, "\(form): \(sizes)")
            let pages = try PrintTools.pageTexts(pdf)
            #expect(pages.count == sizes.count)
            // Every printed page names the school, the policy, the edition and its fingerprint (beside
            // the QR code the line may wrap).
            for (index, page) in pages.enumerated() {
                let text = page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(text.contains("Hasland Junior School") && text.contains("Social Media Policy")
                        && text.contains("Edition 1.2") && text.contains("Fingerprint 6b9bf38710f6"), "\(form), page \(index + 1)")
            }
            // A child's agreement leads to their band's page; a sheet for staff to the edition's full text.
            let band = form.hasPrefix("pupil-agreement-") ? String(form.dropFirst("pupil-agreement-".count)) : nil
            let address = band.map { "https://handbook.hasland.example/pupils/\($0)/social-media/" }
                ?? "https://handbook.hasland.example/policies/social-media/1.2/"
            #expect(try PrintTools.qrCode(onPage: 1, of: pdf) == address, "\(form)")
            let text = pages.first ?? ""
            if form.hasPrefix("pupil-agreement") {
                #expect(pages.count == 1, "\(form) should fit on one page")
                #expect(text.contains("My class") && text.contains("(in capitals)") && text.contains("Tick each promise"))
                #expect(text.contains("I will hand it in"))
                #expect(!text.contains("Skip to the main content") && !text.contains("Read this policy for"))
                #expect(!text.contains("Home"), "the breadcrumbs are left off the paper")
            } else {
                // The signature rows are never split across pages.
                try expectRowsFillTheLastPage(pdf)
            }
        }
    }

    @Test func aShortSheetsRowsFillItsPageToo() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = await fixture.build(drafts: true)
        #expect(result.succeeded, "\(result.diagnostics.printed)")
        try expectRowsFillTheLastPage(try await PrintTools.printToPDF(fixture.url("site/forms/mobile-phones/staff-sign-off/index.html")))
    }

    /// The table of blank rows ends on the sheet's last page, closed, within its bottom fifth.
    private func expectRowsFillTheLastPage(_ pdf: URL) throws {
        let pages = try PrintTools.pageTexts(pdf)
        let bitmap = try PrintTools.bitmap(ofPage: pages.count, in: pdf)
        #expect(pages.last?.range(of: #"Name\s+Role\s+Signature\s+Date"#, options: .regularExpression) != nil)
        #expect(TableGeometry.lastRowIsClosed(bitmap), "the last page ends in the middle of a row")
        let bottom = try #require(TableGeometry.lowestFullWidthLine(bitmap))
        #expect(Double(bottom) / Double(bitmap.height) > 0.8, "rows end at \(bottom) of \(bitmap.height): the page is not filled")
    }

    @Test func aThirtyPersonRosterPrintsEachPersonFromANewPage() async throws {
        // The pack NamedFormPrintTests reads too: printed once for both.
        let pack = try await SharedSites.thirtyStaffPack.value()
        let fixture = pack.fixture
        let names = SharedSites.thirtyStaff.map(\.name)
        #expect(pack.diagnostics.isEmpty, "\(pack.diagnostics)")
        let pdf = fixture.url("pack/social-media-1.2-staff-sign-off.pdf")
        #expect(pack.done == [
            "Wrote 30 named sheets to \(fixture.path("pack/social-media-1.2-staff-sign-off.html"))",
            "Wrote the register of returns to \(fixture.path("pack/register-social-media-1.2.csv"))",
            "Wrote \(pdf.path)",
        ].joined(separator: "\n"))
        let texts = try PrintTools.pageTexts(pdf)
        let pages = texts.count
        #expect(try PrintTools.pageSizes(pdf).allSatisfy { $0 == Self.a4 })
        var firstPage: [String: Int] = [:]
        for (index, text) in texts.enumerated() {
            let page = index + 1
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

    @Test func eachNamedPupilAgreementIsOneA4Page() async throws {
        let pack = try await SharedSites.classAgreements.value()
        let pupils = SharedSites.agreementPupils
        #expect(pack.diagnostics.isEmpty, "\(pack.diagnostics)")
        let pdf = pack.fixture.url("pack/social-media-1.2-pupil-agreement-years-3-4.pdf")
        #expect(pack.pdf == pdf.path)
        let texts = try PrintTools.pageTexts(pdf)
        #expect(texts.count == pupils.count)
        #expect(try PrintTools.pageSizes(pdf).allSatisfy { $0 == Self.a4 })
        for (index, (name, text)) in zip(pupils, texts).enumerated() {
            #expect(text.contains(name) && text.contains("3B") && text.contains("(in capitals)"), "page \(index + 1)")
            #expect(text.contains("Fingerprint 6b9bf38710f6") && text.contains("Edition 1.2"))
        }
    }
}

/// Roster handling that needs no browser.
struct FormsCommandTests {
    @Test func noRosterNameEverReachesTheSite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nZebedee Quartermaine,Teacher\nXanthe Oddling,Governor\n")
        #expect(await fixture.build().succeeded)
        let forms = await fixture.forms("mobile-phones", roster: "staff.csv", output: "forms-out")
        #expect(forms.diagnostics.isEmpty, "\(forms.diagnostics.printed)")
        #expect(await fixture.build().succeeded)
        #expect(try fixture.read("forms-out/mobile-phones-2.3-staff-sign-off.html").contains("Zebedee Quartermaine"))
        let site = snapshotTree(fixture.output)
        #expect(!site.isEmpty)
        for (path, data) in site {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Zebedee") && !text.contains("Xanthe"), "\(path) holds a roster name")
        }
    }

    @Test func aFormsFolderInsideTheSiteIsRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nZebedee Quartermaine,Teacher\n")
        #expect(await fixture.build().succeeded)
        let result = await fixture.forms("mobile-phones", roster: "staff.csv", output: "site/forms/named")
        #expect(result.diagnostics.hasErrors && result.pack == nil)
        #expect(result.diagnostics.printed.contains("\(fixture.output)/forms/named: error: the forms folder \(fixture.output)/forms/named is inside the published site \(fixture.output), and names must never be published"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/forms/named"))
    }

    @Test func badRosterRowsAreReportedWithTheirLines() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let roster = fixture.path("staff.csv")
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n,Governor\nSam Lee\n\"Unfinished,Teacher\n")
        let result = await fixture.forms("mobile-phones", roster: "staff.csv", output: "out")
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.printed.contains("\(roster):5: error: a quoted field starts here but never ends"))
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n,Governor\nSam Lee\n")
        let second = await fixture.forms("mobile-phones", roster: "staff.csv", output: "out").diagnostics.printed
        #expect(second.contains("\(roster):3: error: this row has no name"))
        #expect(second.contains("\(roster):4: error: Sam Lee has no role"))
        #expect(!FileManager.default.fileExists(atPath: fixture.path("out")))
        try fixture.write("staff.csv", "person,job\nJo,Teacher\n")
        let header = await fixture.forms("mobile-phones", roster: "staff.csv", output: "out").diagnostics.printed
        #expect(header.contains("\(roster):1: error: the roster's first line must name the columns `name` and `role`"))
    }

    @Test func pdfWithoutChromiumSaysHowToInstallIt() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        var request = fixture.formsRequest("mobile-phones", roster: "staff.csv", output: "out", pdf: true)
        request.looksForChromium = false
        let result = await SignOffPack.make(request)
        #expect(result.diagnostics.hasErrors && result.pdf == nil)
        let printed = result.diagnostics.printed
        #expect(printed.contains("\(fixture.path("out")): error: Chromium is not installed, so no PDF was made"))
        #expect(printed.contains("install it with `apt-get install chromium`"))
        #expect(FileManager.default.fileExists(atPath: fixture.path("out/register-mobile-phones-2.3.csv")))
        #expect(result.doneLines(for: request).first?.hasPrefix("Wrote 1 named sheets to ") == true,
                "the pack and the register are written and said to be")
    }

    @Test func anEmptyRosterIsNamed() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\n\n")
        let result = await fixture.forms("trips", roster: "staff.csv", output: "out")
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.printed.contains("\(fixture.path("staff.csv")):1: error: the roster lists nobody"))
        try fixture.write("staff.csv", "")
        let empty = await fixture.forms("trips", roster: "staff.csv", output: "out")
        #expect(empty.diagnostics.printed.contains("\(fixture.path("staff.csv")):1: error: the roster is empty"))
        #expect(!FileManager.default.fileExists(atPath: fixture.path("out")))
    }

    @Test func namedSheetsMayNotBeWrittenWhereTheSiteIsMadeFrom() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        try fixture.write("staff.csv", "name,role\nJo Bloggs,Teacher\n")
        for output in ["templates/assets/signed", "content/signed"] {
            let result = await fixture.forms("mobile-phones", roster: "staff.csv", output: output, templates: fixture.path("templates"))
            #expect(result.diagnostics.hasErrors)
            #expect(result.diagnostics.printed.contains("\(fixture.path(output)): error: the forms folder \(fixture.path(output)) is inside the"))
            #expect(!FileManager.default.fileExists(atPath: fixture.path(output)))
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
