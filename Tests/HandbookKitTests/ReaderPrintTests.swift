import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The reader pages, printed by a real browser: every sheet of paper says which edition it is.
@Suite(.enabled(if: PrintTools.shouldRun, "needs chromium and poppler-utils"))
struct ReaderPrintTests {
    static let readerPages = [
        "policies/social-media/",
        "staff/social-media/",
        "parents/social-media/",
        "pupils/years-3-4/social-media/",
        "pupils/years-5-6/social-media/",
    ]

    /// Each page of each reader page names the school, the policy, the edition, the date it is in
    /// force from and the address the page can be read at again.
    @Test func everyPrintedPageOfEveryReaderPageNamesItsEdition() async throws {
        let fixture = try await SharedSites.shippedWithAddress.value()
        let scratch = try Fixture(files: [:])
        defer { scratch.remove() }
        for page in Self.readerPages {
            let pdf = try await PrintTools.printToPDF(fixture.url("site/" + page + "index.html"), into: scratch.root)
            let count = try PrintTools.pageCount(pdf)
            #expect(count >= 1, "\(page)")
            for number in 1...max(count, 1) {
                let raw = try PrintTools.run("pdftotext", ["-f", String(number), "-l", String(number), pdf.path, "-"])
                let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let address = "https://handbook.hasland.example/" + page
                #expect(text.contains("Hasland Junior School"), "\(page) page \(number)")
                #expect(text.contains("Social Media Policy"), "\(page) page \(number)")
                #expect(text.contains("Edition 1.2"), "\(page) page \(number)")
                #expect(text.contains("in force from 1 December 2026"), "\(page) page \(number)")
                #expect(text.contains(address), "\(page) page \(number): \(text.prefix(400))")
            }
        }
    }

    /// Without `base-url` the page has no public address, so the printout names its folder.
    @Test func withoutAPublicAddressThePrintoutNamesThePagesFolder() async throws {
        let fixture = try await SharedSites.shipped.value()
        let scratch = try Fixture(files: [:])
        defer { scratch.remove() }
        let pdf = try await PrintTools.printToPDF(fixture.url("site/parents/social-media/index.html"), into: scratch.root)
        let count = try PrintTools.pageCount(pdf)
        for number in 1...max(count, 1) {
            let raw = try PrintTools.run("pdftotext", ["-f", String(number), "-l", String(number), pdf.path, "-"])
            let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("This page is parents/social-media/ in the handbook"), "page \(number)")
        }
    }
}
