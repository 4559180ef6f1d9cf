import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Each reader's page opens with what that reader does: parents what their child and they do,
/// pupils their promises, then what is good to know and whom to tell.
struct ReaderFirstPageTests {
    private let rules = "content/policies/mobile-phones/rules.yml"

    private func build(_ fixture: Fixture) async -> (String) -> String {
        // The sample is never released: its pages are published as drafts.
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output, drafts: true))
        return { path in String(decoding: built.files[path] ?? [], as: UTF8.self) }
    }

    private func position(of text: String, in page: String) -> Int? {
        page.range(of: text).map { page.distance(from: page.startIndex, to: $0.lowerBound) }
    }

    @Test func parentsReadWhatTheirChildDoesThenWhatTheyDoThenWhatTheSchoolDoes() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let page = await build(fixture)
        let phones = page("families/mobile-phones/index.html")
        let toDo = try #require(position(of: "What you need to do", in: phones))
        let child = try #require(position(of: "id=\"rules-child\"", in: phones))
        let others = try #require(position(of: "id=\"rules-others\"", in: phones))
        #expect(toDo < child && child < others)
        #expect(position(of: "Your child hands their phone in at the gate.", in: phones).map { $0 > child && $0 < others } == true)
        // Staff duties are told calmly, without the kind's warning label.
        let emergency = try #require(phones.range(of: "id=\"rule-emergencies\""))
        #expect(phones[..<emergency.lowerBound].hasSuffix("class=\"rule rule--calm\" "))
        // Both bands of children sign this policy: the box links each agreement.
        #expect(phones.contains("href=\"../../forms/mobile-phones/children-agreement-key-stage-1/index.html\""))
        #expect(phones.contains("href=\"../../forms/mobile-phones/children-agreement-key-stage-2/index.html\""))
        // The fingerprint is kept in "About this edition", after the rules.
        #expect(position(of: "<summary>About this edition</summary>", in: phones).map { $0 > others } == true)

        let trips = page("families/trips/index.html")
        #expect(trips.contains("id=\"rules-reader\""))
        #expect(!trips.contains("id=\"rules-child\""))
        #expect(!trips.contains("Sign your child’s agreement"))
    }

    @Test func pupilsReadTheirPromisesFirstAndAnInfoRuleIsNeverOne() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(rules, try fixture.read(rules) + """
            - id: lost-phones
              quote: "The school is not responsible for lost phones."
              applies-to: [children]
              kind: info
              summary:
                families: The school is not responsible for lost phones.
                children:
                  key-stage-1: If your phone gets lost, school cannot help.
                  key-stage-2: The school is not responsible if your phone is lost.

            """)
        let page = await build(fixture)
        let phones = page("children/key-stage-2/mobile-phones/index.html")
        let promises = try #require(position(of: "id=\"rules-promises\"", in: phones))
        let goodToKnow = try #require(position(of: "id=\"rules-goodtoknow\"", in: phones))
        let lost = try #require(position(of: "The school is not responsible if your phone is lost.", in: phones))
        #expect(promises < goodToKnow && goodToKnow < lost)
        let card = phones[phones.range(of: "id=\"rule-lost-phones\"")!.upperBound...].prefix(200)
        #expect(card.contains("Good to know") && !card.contains("My promise"))
        // A rule for families only is good to know for children, never their promise.
        let trips = page("children/key-stage-2/trips/index.html")
        #expect(!trips.contains("id=\"rules-promises\"") && trips.contains("id=\"rules-goodtoknow\""))
    }

    @Test func whoCanITellComesFromHandbookYmlAndTheYoungerBandReadsWithAGrownUp() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "        max-grade: 2\n",
                            with: "        max-grade: 2\n        read-with-adult: true\n")
        try fixture.write("content/handbook.yml", try fixture.read("content/handbook.yml") + """
            pupil-help:
              trusted-adults:
                - Your class teacher
              helplines:
                - name: Childline
                  phone: 0800 1111

            """)
        let page = await build(fixture)
        let younger = page("children/key-stage-1/mobile-phones/index.html")
        let older = page("children/key-stage-2/mobile-phones/index.html")
        for view in [younger, older] {
            #expect(view.contains("Who can I tell?") && view.contains("<li>Your class teacher</li>"))
            #expect(view.contains("<a href=\"tel:08001111\">0800 1111</a>"))
        }
        #expect(younger.contains("Read them with a grown-up") && younger.contains("page-pupils--with-adult"))
        #expect(!older.contains("Read them with a grown-up") && older.contains("page-pupils--alone"))
        #expect(!page("families/mobile-phones/index.html").contains("Who can I tell?"))
    }

    @Test func withoutPupilHelpThereIsNoWhoCanITell() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let page = await build(fixture)
        #expect(!page("children/key-stage-2/mobile-phones/index.html").contains("Who can I tell?"))
    }

    @Test func aHelplineWithoutANumberIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/handbook.yml", try fixture.read("content/handbook.yml") + """
            pupil-help:
              helplines:
                - name: Childline
                  phone: call us

            """)
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.message == "the phone number of Childline, `call us`, is not a phone number")
        #expect(error.location.file == fixture.content + "/handbook.yml")
        #expect(error.location.line == (try fixture.line(of: "phone: call us", in: "content/handbook.yml")))
    }

    @Test func aWhyIsShownToItsBandAndCheckedLikeASummary() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: rules, "      key-stage-2: I will turn my phone off before I hand it in.\n",
                            with: "      key-stage-2: I will turn my phone off before I hand it in.\n  why:\n    children:\n      key-stage-2: A phone that rings stops the lesson.\n")
        let page = await build(fixture)
        #expect(page("children/key-stage-2/mobile-phones/index.html").contains("<strong>Why?</strong> A phone that rings stops the lesson."))
        #expect(!page("children/key-stage-1/mobile-phones/index.html").contains("Why?"))

        try fixture.replace(in: rules, "      key-stage-2: A phone that rings stops the lesson.",
                            with: "      key-stage-3: A phone that rings stops the lesson.")
        let errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        let error = try #require(errors.first)
        #expect(error.message == "rule `switch-off` has a `why` for the band `key-stage-3`, which `children` does not have")
        #expect(error.location.line == (try fixture.line(of: "key-stage-3: A phone", in: rules)))
    }
}

extension ReaderFirstPageTests {
    @Test func parentsWhoSignARuleAreToldSoFirstWithTheirSheet() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/rules.yml", "  applies-to: [families]\n  kind: must\n",
                            with: "  applies-to: [families]\n  kind: must\n  acknowledge: [families]\n")
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output, drafts: true))
        let trips = String(decoding: built.files["families/trips/index.html"] ?? [], as: UTF8.self)
        let sheet = try #require(trips.range(of: "href=\"../../forms/trips/families-sign-off/index.html\""))
        let rules = try #require(trips.range(of: "id=\"rules-reader\""))
        #expect(sheet.lowerBound < rules.lowerBound)
        #expect(!trips.contains("Staff sign for this edition"))
        #expect(built.files["forms/trips/families-sign-off/index.html"] != nil)
    }
}

extension ReaderFirstPageTests {
    @Test func pupilHelpThatNamesNobodyOrIsNotAListIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let original = try fixture.read("content/handbook.yml")
        try fixture.write("content/handbook.yml", original + "pupil-help:\n  trusted-adults: []\n")
        var errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["`pupil-help` names nobody a pupil can tell"])
        #expect(errors.first?.location.file == fixture.content + "/handbook.yml")
        #expect(errors.first?.location.line == (try fixture.line(of: "trusted-adults: []", in: "content/handbook.yml")))

        try fixture.write("content/handbook.yml", original + "pupil-help:\n  helplines: Childline\n")
        errors = await HandbookBuild.check(content: fixture.content).diagnostics.filter { $0.severity == .error }
        let notAList = try #require(errors.first)
        #expect(notAList.message == "`helplines` in `pupil-help` should be a list, but it is the single value `Childline`")
        #expect(errors.count == 1, "one mistake, one message")
        #expect(notAList.location.line == (try fixture.line(of: "helplines: Childline", in: "content/handbook.yml")))
    }
}

extension ReaderFirstPageTests {
    @Test func aSectionIsShownOnceEvenWhenRulesYmlDoesNotFollowTheText() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(rules, try fixture.read(rules) + """
            - id: walkers-only
              quote: "Children may bring a phone only if they walk home alone."
              applies-to: [staff]
              kind: info
              summary:
                staff: Only children who walk home alone may bring a phone.

            """)
        let page = await build(fixture)
        let staff = page("staff/mobile-phones/index.html")
        #expect(staff.components(separatedBy: ">Children</a>").count - 1 == 1)
        let walkers = try #require(position(of: "Only children who walk home alone", in: staff))
        let staffSection = try #require(position(of: "#staff\">Staff</a>", in: staff))
        #expect(walkers < staffSection, "the rule joins its section, before the next one")
    }
}
