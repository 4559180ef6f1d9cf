import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Named packs printed by a real browser: every page says whose sheet it is and which edition, and
/// counts its pages within that person's sheet.
@Suite(.enabled(if: PrintTools.shouldRun, "needs chromium and poppler-utils"))
struct NamedFormPrintTests {
    private func words(_ page: String) -> String { page.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func everyPageOfANamedStaffSheetNamesItsPersonAndCountsItsOwnPages() async throws {
        // The thirty-person pack FormsPrintTests reads too: printed once for both.
        let pack = try await SharedSites.thirtyStaffPack.value()
        let fixture = pack.fixture
        let people = SharedSites.thirtyStaff.map { ($0.name, $0.role) }
        #expect(pack.diagnostics.isEmpty, "\(pack.diagnostics)")
        let pdf = fixture.url("pack/social-media-1.2-staff-sign-off.pdf")
        let pages = try PrintTools.pageTexts(pdf).map(words)
        let each = pages.count / people.count
        #expect(each >= 2 && pages.count == each * people.count, "\(pages.count) pages for \(people.count) people")
        for (index, page) in pages.enumerated() {
            let (name, role) = people[index / each]
            let number = index % each + 1
            #expect(page.contains("\(name) · \(role)"), "page \(index + 1) does not name \(name): \(page.prefix(300))")
            #expect(page.contains("Edition 1.2") && page.contains("Fingerprint 6b9bf38710f6"), "page \(index + 1)")
            #expect(page.contains("Page \(number) of \(each)"), "page \(index + 1) should be page \(number) of \(name)'s \(each)")
            for (other, _) in people where other != name { #expect(!page.contains(other), "page \(index + 1)") }
        }
        // The page that is signed names its person too.
        let signed = try #require(pages.firstIndex { $0.contains("Signature") })
        #expect(pages[signed].contains("Person 1 Example · Teacher"))
        #expect(try fixture.read("pack/social-media-1.2-staff-sign-off.html").contains("data-pages=\"\(each)\""))
    }

    @Test func aOnePagePupilAgreementSaysPageOneOfOne() async throws {
        // The pack FormsPrintTests reads too: printed once for both.
        let pack = try await SharedSites.classAgreements.value()
        let pupils = SharedSites.agreementPupils
        #expect(pack.diagnostics.isEmpty, "\(pack.diagnostics)")
        let pages = try PrintTools.pageTexts(pack.fixture.url("pack/social-media-1.2-pupil-agreement-years-3-4.pdf")).map(words)
        #expect(pages.count == pupils.count)
        for (name, page) in zip(pupils, pages) {
            #expect(page.contains("\(name) · 3B") && page.contains("Edition 1.2"), "\(page.prefix(300))")
            #expect(page.contains("Page 1 of 1") && !page.contains("of 2") && !page.contains("of 3"), "\(name): \(page)")
            #expect(page.contains("Years 3 and 4 agreement: Social Media Policy"))
        }
    }

    /// Printed from the browser without `--pdf`, nothing has counted the pages yet: each person's
    /// pages still start again from 1.
    @Test func aPackPrintedByHandNumbersEachPersonsPagesFromOne() async throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        try fixture.write("staff.csv", "name,role\nAda Quill,Teacher\nBo Stone,Governor\n")
        let result = await fixture.forms("social-media", roster: "staff.csv", output: "pack", content: Repository.content)
        #expect(result.diagnostics.isEmpty && result.pdf == nil, "\(result.diagnostics.printed)")
        let html = fixture.url("pack/social-media-1.2-staff-sign-off.html")
        #expect(try !fixture.read("pack/social-media-1.2-staff-sign-off.html").contains("data-pages"))
        let pages = try PrintTools.pageTexts(try await PrintTools.printToPDF(html)).map(words)
        let each = pages.count / 2
        #expect(each >= 2 && pages.count == each * 2)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index % each + 1)") && !page.contains("Page \(index % each + 1) of"), "page \(index + 1)")
        }
    }
}

/// What a form says without printing it.
struct NamedFormContentTests {
    @Test func theAgreementTellsAParentWithoutAPrinterWhomToAsk() async throws {
        let fixture = try Fixture.shippedContent()
        defer { fixture.remove() }
        #expect(await fixture.build().succeeded)
        let page = try fixture.read("site/forms/social-media/pupil-agreement-years-3-4/index.html")
        #expect(page.contains("<p>No printer? Ask at the school office for a paper copy.</p>"))
        #expect(!page.contains("mailto:"), "no contact is given, so none is made up")
        #expect(page.contains("<title>Social Media Policy – Years 3 and 4 agreement"))
        #expect(try fixture.read("site/forms/social-media/pupil-agreement-years-5-6/index.html")
            .contains("<h1>Years 5 and 6 agreement: Social Media Policy</h1>"))
        #expect(!(try fixture.read("site/forms/social-media/staff-sign-off/index.html")).contains("No printer?"))

        try fixture.replace(in: "content/handbook.yml", "  reviewed: 2026-11-30\n",
                            with: "  reviewed: 2026-11-30\n  email: office@hasland.example\n  phone: 01246 000000\n")
        #expect(await fixture.build().succeeded)
        #expect(try fixture.read("site/forms/social-media/pupil-agreement-years-3-4/index.html").contains(
            #"<p>No printer? Ask at the school office for a paper copy, or email <a href="mailto:office@hasland.example">office@hasland.example</a>, or call <a href="tel:01246000000">01246 000000</a>.</p>"#))
    }

    @Test func checkWarnsWhileNoContactIsGiven() async throws {
        let fixture = try Fixture.shippedContent()
        defer { fixture.remove() }
        let warned = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.code == "contact" }
        #expect(warned.count == 1)
        let warning = try #require(warned.first)
        #expect(warning.severity == .warning)
        // At the accessibility details, where the contact belongs.
        let line = try fixture.line(of: "accessibility:", in: "content/handbook.yml")
        #expect(warning.location.file == fixture.content + "/handbook.yml" && warning.location.line == line, "\(warning.location)")
        #expect(warning.message == "handbook.yml gives no email or phone for the school office, so the pupil agreements and the accessibility statement tell readers only to ask at the office")
        #expect(warning.hint?.contains("email: office@school.example") == true)

        try fixture.replace(in: "content/handbook.yml", "  reviewed: 2026-11-30\n", with: "  reviewed: 2026-11-30\n  phone: 01246 000000\n")
        #expect(await HandbookBuild.check(content: fixture.content).diagnostics.allSatisfy { $0.code != "contact" })
    }

    /// Rule 6 asks staff to follow “the Terms of Use below”, a section the sheet does not hold.
    @Test func aRuleNamingAnotherSectionShowsWhereItIs() async throws {
        let fixture = try await SharedSites.shipped.value()
        let sheet = try fixture.read("site/forms/social-media/staff-sign-off/index.html")
        #expect(sheet.contains(#"Follow the Terms of Use below on every social media site, public or internal, whether or not it is hosted on the school network.<span class="form-see">See “<a href="../../../policies/social-media/1.2/#terms-of-use">Terms of Use</a>” in the full policy.</span>"#))

        let published = try await SharedSites.shippedWithAddress.value()
        #expect(try published.read("site/forms/social-media/staff-sign-off/index.html").contains(
            "” in the full policy, at https://handbook.hasland.example/policies/social-media/1.2/#terms-of-use.</span>"))
    }
}
