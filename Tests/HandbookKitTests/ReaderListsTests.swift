import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The pages that list policies for a reader: the governors' list, Topics A to Z and each
/// reader's home, and the accessibility statement's claims, on built fixture sites.
struct ReaderListsTests {
    private func build(_ fixture: Fixture, drafts: Bool = false) async -> [String: String] {
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output, drafts: drafts, search: false))
        #expect(built.report.succeeded, "\(built.report.diagnostics.printed)")
        return built.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// The sample filed in two categories: phones under "Pupils", trips under "Out of school".
    private func categorised() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.replace(in: "content/handbook.yml", "audiences:",
                            with: "categories:\n  - id: pupils\n    name: Pupils\n  - id: out\n    name: Out of school\naudiences:")
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true", with: "material: true\ncategory: pupils")
        try fixture.replace(in: "content/policies/trips/policy.md", "minute:", with: "category: out\nminute:")
        return fixture
    }

    // MARK: The governors' list

    @Test func theGovernorsListLabelsEveryValueForAPhone() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let page = try #require(await build(fixture, drafts: true)["policies/index.html"])
        for label in ["Version: ", "In force from: ", "Review by: ", "Owner: ", "Approval: "] {
            // One label in each of the two rows, in the page's own words, not in the style sheet.
            #expect(page.components(separatedBy: "<span class=\"cell-label\">\(label)</span>").count == 3, "\(label)")
        }
        #expect(page.contains("<th scope=\"col\">Owner</th><th scope=\"col\">Approval</th>"))
    }

    @Test func theGovernorsListGivesOwnerAndApprovalFromTheRecord() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips", date: "2024-01-10").folder != nil)
        let page = try #require(await build(fixture, drafts: true)["policies/index.html"])
        let trips = try #require(page.components(separatedBy: "<tr>").first { $0.contains("Educational Visits Policy") })
        #expect(trips.contains("<span class=\"cell-label\">Owner: </span>Educational Visits Coordinator</td>"))
        #expect(trips.contains("Full Governing Body, <time datetime=\"2023-12-05\">5 December 2023</time><span class=\"approval-note\">Minute: FGB 5 December 2023, item 6</span>"))
        // A draft's approval is what its front matter says so far.
        let phones = try #require(page.components(separatedBy: "<tr>").first { $0.contains("Mobile Phones Policy") })
        #expect(phones.contains("Resources Committee, <time datetime=\"2023-11-20\">20 November 2023</time>"))
    }

    @Test func aDraftWithoutApprovalSaysSo() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/policy.md", "approved-on: 2023-12-05\nminute: \"FGB 5 December 2023, item 6\"\n", with: "")
        let page = try #require(await build(fixture, drafts: true)["policies/index.html"])
        #expect(page.contains("Full Governing Body<span class=\"approval-note\">Not yet approved</span>"))
    }

    @Test func everyCategoryTableHasTheSameColumnsAtTheSameWidths() async throws {
        let fixture = try categorised()
        defer { fixture.remove() }
        let page = try #require(await build(fixture, drafts: true)["policies/index.html"])
        let tables = page.components(separatedBy: "<table class=\"policy-table governors-table\">").dropFirst()
        #expect(tables.count == 2)
        let columns = tables.map { $0.components(separatedBy: "</thead>")[0] }
        #expect(Set(columns).count == 1, "\(columns)")
        #expect(columns.first?.contains("<colgroup><col class=\"col-policy\">") == true)
        let css = try String(contentsOf: Repository.root.appendingPathComponent("templates/assets/handbook.css"), encoding: .utf8)
        #expect(css.contains(".governors-table { table-layout: fixed; }"))
    }

    // MARK: Topics A to Z

    @Test func topicsAreTitlesKeywordsAndRuleTitlesNotSectionHeadings() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "material: true",
                            with: "material: true\nkeywords: [phones, gate]")
        try fixture.replace(in: "content/policies/mobile-phones/rules.yml", "- id: switch-off",
                            with: "- id: switch-off\n  title: Switching phones off")
        try fixture.write("content/glossary.yml", "- term: consent\n  definitions:\n    families: Saying yes.\n")
        let topics = try #require(await build(fixture, drafts: true)["topics/index.html"])
        #expect(topics.contains("<dt>Mobile Phones Policy</dt>"))
        #expect(topics.contains("<dt>Educational Visits Policy</dt>"))
        // Section headings ("Children", "Staff") and glossary words are not topics.
        for name in ["Children", "Staff", "consent"] { #expect(!topics.contains("<dt>\(name)</dt>"), "\(name)") }
        // A keyword links to each reader's own page that has the policy, then the full text.
        let phones = try #require(topics.components(separatedBy: "<dt>").first { $0.hasPrefix("phones</dt>") })
        for link in ["<a href=\"../staff/mobile-phones/index.html\">Staff</a>",
                     "<a href=\"../families/mobile-phones/index.html\">Families</a>",
                     "<a href=\"../children/key-stage-1/mobile-phones/index.html\">Key Stage 1</a>",
                     "<a href=\"../policies/mobile-phones/index.html\">Full policy</a>"] {
            #expect(phones.contains(link), "\(link)")
        }
        // A rule's title leads to the rule on the pages of the readers it is written for, and no others.
        let rule = try #require(topics.components(separatedBy: "<dt>").first { $0.hasPrefix("Switching phones off</dt>") })
        #expect(rule.contains("../children/key-stage-2/mobile-phones/index.html#rule-switch-off"))
        #expect(rule.contains("../policies/mobile-phones/index.html#rule-switch-off"))
        #expect(!rule.contains("../families/"))
        #expect(!rule.contains("../staff/"))
    }

    @Test func thirtyPoliciesGiveThirtyTitlesAndNoRepeatedHeadings() async throws {
        let fixture = try Fixture(files: WholeSchoolContent.files)
        defer { fixture.remove() }
        let topics = try #require(await build(fixture, drafts: true)["topics/index.html"])
        for topic in ["Uniform", "Attendance", "Behaviour"] { #expect(topics.contains("<dt>\(topic) Policy</dt>"), "\(topic)") }
        for heading in ["Purpose", "What staff do", "What families do"] {
            #expect(!topics.contains("<dt>\(heading)</dt>"), "\(heading)")
        }
        #expect(topics.components(separatedBy: "<dt>").count - 1 == 30)
    }

    @Test func keywordsThatAreNotAListAreAnErrorAtTheirLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = "content/policies/trips/policy.md"
        try fixture.replace(in: path, "owner:", with: "keywords: {trips: visits}\nowner:")
        let line = try fixture.line(of: "keywords:", in: path)
        let report = await HandbookBuild.check(content: fixture.content)
        let problem = try #require(report.diagnostics.first { $0.message.contains("`keywords`") })
        #expect(problem.severity == .error)
        #expect(problem.message.contains("should be a list"), "\(problem.message)")
        #expect(problem.location.file.hasSuffix("policies/trips/policy.md"))
        #expect(problem.location.line == line)
    }

    @Test func anEmptyKeywordIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let path = "content/policies/trips/policy.md"
        try fixture.replace(in: path, "owner:", with: "keywords:\n  - visits\n  - \"\"\nowner:")
        let line = try fixture.line(of: "  - \"\"", in: path)
        let report = await HandbookBuild.check(content: fixture.content)
        let problem = try #require(report.diagnostics.first { $0.message == "a keyword in `keywords:` is empty" })
        #expect(problem.severity == .error)
        #expect(problem.hint?.contains("delete the empty item") == true)
        #expect(problem.location.file.hasSuffix("policies/trips/policy.md"))
        #expect(problem.location.line == line)
    }

    @Test func keywordsOfAReleasedPolicyNeedNoNewEdition() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("trips").folder != nil)
        try fixture.replace(in: "content/policies/trips/policy.md", "owner:", with: "keywords: [visits, outings]\nowner:")
        let report = await HandbookBuild.check(content: fixture.content)
        #expect(!report.diagnostics.contains { $0.location.file.contains("trips") }, "\(report.diagnostics.printed)")
        let topics = try #require(await build(fixture)["topics/index.html"])
        #expect(topics.contains("<dt>outings</dt>"))
    }

    // MARK: Reader homes

    @Test func aReaderHomeStartsWithWhatToSignAndWhatChanged() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try await fixture.release("mobile-phones").folder != nil)
        #expect(try await fixture.release("trips").folder != nil)
        let site = await build(fixture)
        // Key Stage 2 signs their phone promises; the trips policy only tells them something.
        let children = try #require(site["children/key-stage-2/index.html"])
        let toDo = try #require(children.components(separatedBy: "<section class=\"to-do\"").dropFirst().first)
        #expect(toDo.contains("<h2 id=\"to-do-title\">To do</h2>"))
        #expect(toDo.contains("<h3>To sign</h3>"))
        #expect(toDo.contains("href=\"../../forms/mobile-phones/children-agreement-key-stage-2/index.html\">Sign my promises"))
        #expect(toDo.contains("<h3>New to read</h3>"))
        #expect(toDo.contains("<a href=\"../../children/key-stage-2/trips/index.html\">Educational Visits Policy</a>"))
        // The block comes before the first group of policies.
        let block = try #require(children.range(of: "<section class=\"to-do\""))
        let groups = try #require(children.range(of: "<details class=\"policy-group\""))
        #expect(block.lowerBound < groups.lowerBound)
        // Families sign nothing here: both policies are news to read.
        let families = try #require(site["families/index.html"])
        #expect(!families.contains("Sign these new editions"))
        #expect(families.contains("<h3>Changed since the last edition, nothing to sign</h3>"))
        #expect(families.contains("Mobile Phones Policy</a>, new, released <time datetime=\"2024-07-01\">1 July 2024</time>"))
        // Staff sign both, each a first edition.
        let staff = try #require(site["staff/index.html"])
        #expect(staff.contains("<h3>Sign these new editions</h3>"))
        #expect(staff.contains("Educational Visits Policy</a>, new, released <time datetime=\"2024-07-01\">1 July 2024</time>"))
    }

    @Test func groupsWithSomethingNewOrAloneAreOpen() async throws {
        let fixture = try categorised()
        defer { fixture.remove() }
        // Trips released half a year before phones: only the phones' group holds something new.
        #expect(try await fixture.release("trips", date: "2024-01-10").folder != nil)
        #expect(try await fixture.release("mobile-phones", date: "2024-07-01").folder != nil)
        let site = await build(fixture)
        let families = try #require(site["families/index.html"])
        #expect(families.contains("<details class=\"policy-group\" id=\"group-pupils\" open>"))
        #expect(families.contains("<details class=\"policy-group\" id=\"group-out\">"))
        // A reader with one group sees it open, new or not.
        let fixtureOne = try Fixture()
        defer { fixtureOne.remove() }
        #expect(try await fixtureOne.release("trips", date: "2024-01-10").folder != nil)
        let one = try #require(await build(fixtureOne)["families/index.html"])
        #expect(one.contains("<details class=\"policy-group\" id=\"group-other\" open>"))
    }

    @Test func aLongListOfEditionsToReadIsFoldedAway() async throws {
        let parents = try #require(try await SharedSites.wholeSchoolFirstHandbook.value()["parents/index.html"])
        let toDo = try #require(parents.components(separatedBy: "<section class=\"to-do\"").dropFirst().first?
            .components(separatedBy: "</section>").first)
        #expect(toDo.contains("<details class=\"to-do-more\"><summary>See all 7</summary>"))
        #expect(toDo.components(separatedBy: "<li>").count - 1 == 7)
        // Parents sign nothing in these policies: nothing is listed to sign.
        #expect(!toDo.contains("Sign these new editions"))
        // Two groups hold something new, seven released policies between them: too many to show open on a
        // phone, so they stay closed and "To do" lists the new editions.
        #expect(parents.contains("<details class=\"policy-group\" id=\"group-attendance\">"))
        #expect(parents.contains("<details class=\"policy-group\" id=\"group-learning\">"))
    }

    @Test func aFirstHandbookAsksStaffToSignEverythingInAFoldedListAndTheFrontPageSaysHowManyMore() async throws {
        let pages = try await SharedSites.wholeSchoolFirstHandbook.value()
        let staff = try #require(pages["staff/index.html"])
        let toDo = try #require(staff.components(separatedBy: "<section class=\"to-do\"").dropFirst().first?
            .components(separatedBy: "</section>").first)
        let toSign = toDo.components(separatedBy: "Form to sign").count - 1
        #expect(toSign > 5, "\(toDo)")
        #expect(toDo.contains("<details class=\"to-do-more\"><summary>See all \(toSign)</summary>"))
        // Each card's form link says which policy it is for, to a screen reader too.
        #expect(staff.contains("Form to sign<span class=\"visually-hidden\"> for Uniform Policy</span></a></p>"), "\(staff)")
        // The front page lists the newest five and says how many more the list of all policies holds.
        #expect(try #require(pages["index.html"]).contains("<a href=\"policies/index.html\">All policies</a> lists 2 more"))
    }

    @Test func aHomeWithoutCategoriesDoesNotSpeakOfTopics() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let pages = await build(fixture)
        let parents = try #require(pages["parents/index.html"] ?? pages["families/index.html"])
        #expect(!parents.contains("by topic"), "\(parents)")
        #expect(parents.contains("Every policy with something for you: what each asks of you and what to sign."))
    }

    // MARK: The accessibility statement

    @Test func theStatementDoesNotClaimTheBuildChecksPages() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let page = try #require(await build(fixture)["accessibility/index.html"])
        #expect(!page.contains("Every time the handbook is rebuilt"))
        #expect(!page.contains("tested automatically each time it is published"))
        #expect(page.contains("Making this website does not repeat those tests"))
        // Built without search, it speaks of no search box.
        #expect(!page.contains("search box") && !page.contains("only searching needs it"))
        // The sample sets reading levels, so the summaries are scored on every build.
        #expect(page.contains("summaries are checked for how easy they are to read"))
    }

    @Test func checkWarnsWhileTheStatementHasNoContact() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let none = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.code == "contact" }
        #expect(none.count == 1)
        #expect(none.first?.severity == .warning)
        #expect(none.first?.location.file.hasSuffix("handbook.yml") == true)
        #expect(none.first?.location.line == 1)
        #expect(none.first?.message == "handbook.yml gives no email or phone for the school office, so the pupil agreements "
                + "and the accessibility statement tell readers only to ask at the office")

        try fixture.write("content/handbook.yml", try fixture.read("content/handbook.yml")
                          + "accessibility:\n  prepared: 2026-09-01\n  reviewed: 2026-11-30\n")
        let line = try fixture.line(of: "accessibility:", in: "content/handbook.yml")
        let dated = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.code == "contact" }
        #expect(dated.first?.location.line == line)
        #expect(dated.first?.hint?.contains("email: office@school.example") == true)

        try fixture.write("content/handbook.yml", try fixture.read("content/handbook.yml") + "  phone: 01234 567890\n")
        let phoned = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.code == "contact" }
        #expect(phoned.isEmpty)
    }

    @Test func aContactStillToBeFilledInIsOnlyAPlaceholder() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml", try fixture.read("content/handbook.yml")
                          + "accessibility:\n  prepared: 2026-09-01\n  reviewed: 2026-11-30\n  email: \"FILL IN: the office's email\"\n")
        let diagnostics = await HandbookBuild.check(content: fixture.content).diagnostics
        #expect(!diagnostics.contains { $0.code == "contact" })
        #expect(diagnostics.contains { $0.code == "placeholders" })
    }

    // MARK: Search from a reader's page

    @Test func theHeaderSearchOnAReadersPageStartsWithTheirPages() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        guard ExternalTool.pythonHas("pagefind_bin") else { return }
        #expect(try await fixture.release("mobile-phones").folder != nil)
        let report = await fixture.build(search: true)
        #expect(report.succeeded, "\(report.diagnostics.printed)")
        let site = { (path: String) in try? fixture.read("site/" + path) }
        let hidden = "<input type=\"hidden\" name=\"reader\" value=\""
        #expect(site("families/mobile-phones/index.html")?.contains(hidden + "families/\">") == true)
        #expect(site("families/index.html")?.contains(hidden + "families/\">") == true)
        #expect(site("children/key-stage-1/mobile-phones/index.html")?.contains(hidden + "children/key-stage-1/\">") == true)
        #expect(site("policies/mobile-phones/index.html")?.contains(hidden) == false)
        #expect(site("index.html")?.contains(hidden) == false)
    }
}
