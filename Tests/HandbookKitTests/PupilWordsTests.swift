import Foundation
import HandbookKit
import HandbookReadability
import HandbookTestSupport
import Testing

/// Every word a pupil sees passes their band's readability gate, or is not shown: each block of
/// text on each pupil page and pupil home is scored against the band's `max-grade`, for a
/// 30-policy school and for the shipped handbook.
///
/// What is not scored, and why:
/// - the school's name, the policies' titles, the categories' names and the helplines' names:
///   names the school chose, said the same way to every reader, which a pupil learns as a name.
///   Each is read as one short word in the sentence around it, so the words around it still count;
/// - a phone number, which is dialled rather than read: one short word, likewise;
/// - a number on its own (a promise's number): there is no sentence to score;
/// - a rule's summary and `why` (`card-text`, `card-why`), which only rules.yml fills and which
///   `handbook check` already holds to this band's limit (a build with an error writes nothing);
/// - a glossary term in "Words to know": the hard word being taught, next to its plain meaning,
///   which is scored;
/// - the running header each printed page carries (`reader-running`): the edition's label,
///   print only, for the adults who file the page, as on the forms.
struct PupilWordsTests {
    struct Band {
        var id: String
        var youngest: Int
        var limit: Double
    }

    /// Every block of the band's pages over its limit, one line each.
    static func tooHard(site: String, band: Band, names: [String]) throws -> (scored: Int, problems: [String]) {
        let folder = site + "/pupils/" + band.id
        var pages = ["index.html"]
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        where FileManager.default.fileExists(atPath: folder + "/" + entry + "/index.html") {
            pages.append(entry + "/index.html")
        }
        var scored = 0
        var problems: [String] = []
        for page in pages {
            let html = try String(contentsOfFile: folder + "/" + page, encoding: .utf8)
            for block in PupilPageText.blocks(in: html) {
                if !block.classes.filter({ ["card-text", "card-why"].contains($0) }).isEmpty { continue }
                if block.tag == "dt", block.inGlossary { continue }
                if block.text.allSatisfy(\.isNumber) { continue }
                let text = PupilPageText.naming(block.text, names)
                let score = Readability.score(text, familiar: .pupils(aged: band.youngest))
                scored += 1
                if score.grade > band.limit {
                    problems.append("pupils/\(band.id)/\(page): grade \(String(format: "%.2f", score.grade)) over \(band.limit): “\(block.text)”")
                }
            }
        }
        return (scored, problems)
    }

    @Test func everyWordOnAWholeSchoolsPupilPagesIsWithinTheBandsLimit() async throws {
        let fixture = try Fixture(files: WholeSchoolContent.files)
        defer { fixture.remove() }
        for category in WholeSchoolContent.categories {
            for topic in category.topics {
                let released = try await fixture.release(topic.lowercased().replacingOccurrences(of: " ", with: "-"),
                                                         date: "2026-09-01")
                #expect(released.folder != nil, "\(released.diagnostics.printed)")
            }
        }
        let built = await fixture.build()
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        #expect(built.diagnostics.filter { $0.code == "pupil-words" }.isEmpty, "\(built.diagnostics.printed)")
        let names = ["Oakfield Junior School", "Childline"] + WholeSchoolContent.categories.flatMap { category in
            [category.name] + category.topics.map { "\($0) Policy" }
        }
        for band in [Band(id: "years-3-4", youngest: 7, limit: 4), Band(id: "years-5-6", youngest: 9, limit: 5)] {
            let found = try Self.tooHard(site: fixture.output, band: band, names: names)
            #expect(found.scored > 30 * 8, "every page of the band is scored")
            #expect(found.problems.isEmpty, "\(found.problems.joined(separator: "\n"))")
        }
    }

    @Test func everyWordOnTheShippedPupilPagesIsWithinTheBandsLimit() async throws {
        let fixture = try await SharedSites.shipped.value()
        let names = ["Hasland Junior School", "Social Media Policy", "Childline"]
        for band in [Band(id: "years-3-4", youngest: 7, limit: 3), Band(id: "years-5-6", youngest: 9, limit: 5)] {
            let found = try Self.tooHard(site: fixture.output, band: band, names: names)
            #expect(found.scored > 20, "every page of the band is scored")
            #expect(found.problems.isEmpty, "\(found.problems.joined(separator: "\n"))")
        }
    }

    // MARK: what pupils are shown in place of adult words

    @Test func aPupilPageShowsOnlyTheSectionHeadingsWrittenForItsBand() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "pupil-description: What to do with your phone.\n",
                            with: "pupil-description: What to do with your phone.\npupil-headings:\n  children:\n    key-stage-2: Your phone at school\n")
        let built = await fixture.build(drafts: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let older = try fixture.read("site/children/key-stage-1/mobile-phones/index.html")
        let younger = try fixture.read("site/children/key-stage-2/mobile-phones/index.html")
        #expect(!older.contains("card-section") && !older.contains(">Children</h3>"))
        #expect(younger.contains("<h3 class=\"card-section\">Your phone at school</h3>"))
        // Adults keep the policy's own heading.
        #expect(try fixture.read("site/families/mobile-phones/index.html").contains(">Children</a></h3>"))
    }

    @Test func aPupilHomeShowsTheBandsDescriptionAndNeverTheAdultOne() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "pupil-description: What to do with your phone.\n",
                            with: "description: How the school manages mobile phones brought in by pupils.\n")
        let built = await fixture.build(drafts: true)
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let home = try fixture.read("site/children/key-stage-1/index.html")
        #expect(!home.contains("How the school manages") && !home.contains("Children may bring a phone"))
        #expect(home.contains("<p>What happens on a school trip.</p>"))
        #expect(try fixture.read("site/families/index.html").contains("How the school manages mobile phones"))
        let warning = try #require(built.diagnostics.first { $0.code == "pupil-words" })
        #expect(warning.severity == .warning)
        #expect(warning.message == "Key Stage 1 read this policy, but it has no `pupil-description` for them: their list shows only its title")
        #expect(warning.location.file.hasSuffix("content/policies/mobile-phones/policy.md"))
        #expect(warning.location.line == 2)
    }

    @Test func goodToKnowIsNotNumberedWithThePromises() async throws {
        let fixture = try await SharedSites.shipped.value()
        let page = try fixture.read("site/pupils/years-3-4/social-media/index.html")
        let promises = try #require(page.range(of: "id=\"rules-promises\""))
        let goodToKnow = try #require(page.range(of: "id=\"rules-goodtoknow\""))
        let numbers = page.components(separatedBy: "class=\"card-number\"").count - 1
        #expect(numbers == 10, "the ten promises only")
        #expect(!page[goodToKnow.upperBound...].contains("class=\"card-number\""))
        let help = try #require(page.range(of: "Who can I tell?"))
        #expect(help.lowerBound < promises.lowerBound, "whom to tell comes before the promises")
        #expect(page.contains("Are you worried, sad or upset? Tell a grown-up you trust."))
        #expect(!page.contains("If something online worries you"))
    }

    @Test func readersHomesSayNewForAFirstEditionAndOnlyStaffReadTheNoteAboutSigning() async throws {
        let fixture = try await SharedSites.shipped.value()
        let note = "do not need to sign again"
        #expect(try fixture.read("site/staff/index.html").contains(note))
        for page in ["parents/index.html", "pupils/years-3-4/index.html", "pupils/years-5-6/index.html",
                     "parents/social-media/index.html", "pupils/years-3-4/social-media/index.html"] {
            #expect(!(try fixture.read("site/" + page)).contains(note), "\(page)")
        }
        let parents = try fixture.read("site/parents/index.html")
        #expect(parents.contains("Changed in edition 1.2, <time datetime=\"2026-11-24\">24 November 2026</time></p>"))

        // A school's first handbook: each policy released is in its first edition.
        let school = try await SharedSites.wholeSchoolFirstHandbook.value()
        let schoolParents = try #require(school["parents/index.html"])
        #expect(schoolParents.contains("<p class=\"changed\">New, <time"))
        #expect(try #require(school["pupils/years-3-4/index.html"]).contains("<p class=\"changed\"><strong>New</strong></p>"))
        #expect(!schoolParents.contains("Changed in edition 1.0"))
    }
}
