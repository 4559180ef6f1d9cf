@testable import HandbookChecks
import HandbookModel
import HandbookTestSupport
import Testing

/// The checks of one edition's rules and text, each run by itself on the working copy.
struct EditionCheckTests {
    private let phonesText = "content/policies/mobile-phones/policy.md"
    private let phonesRules = "content/policies/mobile-phones/rules.yml"

    @Test func theSampleEditionsGiveNoFindings() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let content = try LoadedContent(fixture)
        let checks: [any EditionCheck] = [RulesCheck(), PromiseWordingCheck(), UnpublishedContentCheck(), PolicyLinksCheck(),
                                          CategoryAndRelatedCheck(), QuotesCheck()]
        for policy in ["mobile-phones", "trips"] {
            let subject = try content.edition(policy)
            for check in checks {
                #expect(check.run(subject).isEmpty, "\(check.name) on \(policy)")
            }
        }
    }

    // MARK: rules

    /// The sample content with a walking-home rule for Key Stage 2 only.
    @Test func aSummaryForABandTheRuleIsNotForIsAnError() throws {
        let fixture = try Fixture.withBandRule(summaries: """
                children:
                  key-stage-1: I can get my phone.
                  key-stage-2: If I walk home, I will collect my phone at the office.
            """)
        defer { fixture.remove() }
        let found = RulesCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        expect(found, [.error(at: try fixture.location(of: "I can get my phone.", in: phonesRules),
                                 "rule `walkers-collect` is for `children/key-stage-2` only, but has a summary for the band `key-stage-1`",
                                 hint: "remove it, or add `children/key-stage-1` to `applies-to` if the rule is for that band too",
                                 code: "rules")])
    }

    @Test func anUnknownBandIsAnErrorAtItsLine() throws {
        let fixture = try Fixture.withBandRule(summaries: """
                children:
                  key-stage-2: If I walk home, I will collect my phone at the office.
            """)
        defer { fixture.remove() }
        try fixture.replace(in: phonesRules, "applies-to: [children/key-stage-2]", with: "applies-to: [children/key-stage-3]")
        let found = RulesCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        expect(found, [.error(at: try fixture.location(of: "children/key-stage-3", in: phonesRules),
                                 "rule `walkers-collect` names the band `key-stage-3`, which `children` does not have",
                                 hint: "did you mean `children/key-stage-1`? the bands of `children` are `children/key-stage-1`, `children/key-stage-2`",
                                 code: "rules")])
    }

    @Test func anIDNotInKebabCaseAndAnEmptyAppliesToAreErrors() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesRules, "- id: phones-out-of-sight\n  quote: \"Staff must keep their phones out of sight in classrooms.\"\n  applies-to: [staff]",
                            with: "- id: Out_Of_Sight\n  quote: \"Staff must keep their phones out of sight in classrooms.\"\n  applies-to: []")
        let found = RulesCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        expect(found, [
            .error(at: try fixture.location(of: "Out_Of_Sight", in: phonesRules),
                   "the rule id `Out_Of_Sight` is not in kebab-case",
                   hint: "use lower-case words joined by hyphens, like `no-pupil-friends`; the id is the rule's web anchor, so keep it the same across editions",
                   code: "rules"),
            .error(at: try fixture.location(of: "id: Out_Of_Sight", in: phonesRules),
                   "rule `Out_Of_Sight` applies to nobody: `applies-to` is empty",
                   hint: "say whom the rule binds, like `applies-to: [staff]`", code: "rules"),
        ])
    }

    @Test func aReaderTheRuleAppliesToNeedsASummary() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/policies/trips/rules.yml", "    staff: Write a risk assessment for every visit.\n",
                            with: "    families: We write a risk assessment for every visit.\n")
        let found = RulesCheck().run(try LoadedContent(fixture).edition("trips"))
        expect(found, [.error(at: try fixture.location(of: "summary:", in: "content/policies/trips/rules.yml"),
                                 "rule `risk-assessment` applies to `staff` but has no `staff` summary",
                                 hint: "under `summary:`, add `staff: …`: the rule in plain words for staff",
                                 code: "rules")])
    }

    // MARK: promise-wording

    @Test func aPromiseNotSaidByThePupilIsAWarningAtItsLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesRules, "key-stage-2: I will turn my phone off before I hand it in.",
                            with: "key-stage-2: Phones must be off before they are handed in.")
        let found = PromiseWordingCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        expect(found, [.warning(at: try fixture.location(of: "Phones must be off before", in: phonesRules),
                                   "the key-stage-2 summary of rule `switch-off` is a promise Key Stage 2 make, but it is not said in their own words",
                                   hint: "write it as the pupil would say it, starting with “I will” or “I will not”, like “I will be kind online.”",
                                   code: "promise-wording")])
    }

    @Test func aRuleThatIsNotAMustMakesNoPromise() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesRules, "key-stage-2: I will turn my phone off before I hand it in.",
                            with: "key-stage-2: Phones must be off before they are handed in.")
        try fixture.replace(in: phonesRules, "quote: \"Phones must be switched off\"\n  applies-to: [children]\n  kind: must",
                            with: "quote: \"Phones must be switched off\"\n  applies-to: [children]\n  kind: should")
        #expect(PromiseWordingCheck().run(try LoadedContent(fixture).edition("mobile-phones")).isEmpty)
    }

    // MARK: unpublished-content

    @Test func rawHTMLAndUnsafeLinksAreWarnedAboutAtTheirLines() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let long = "<div class=\"notice\">This paragraph is written in HTML and is far too long to show in full.</div>"
        try fixture.write(phonesText, try fixture.read(phonesText) + """

            <script>alert('x')</script>

            \(long)

            Ring [the office](javascript:alert(1)) first.

            """)
        let found = UnpublishedContentCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        let file = fixture.file(phonesText)
        let htmlHint = "write it in Markdown instead (## for a heading, - for a list, [text](address) for a link)"
        expect(found, [
            .warning(at: SourceLocation(file: file, line: try fixture.line(of: "<script>", in: phonesText)),
                     "raw HTML is not published: `<script>alert('x')</script>`", hint: htmlHint, code: "unpublished-content"),
            .warning(at: SourceLocation(file: file, line: try fixture.line(of: "<div", in: phonesText)),
                     "raw HTML is not published: `\(long.prefix(57))…`", hint: htmlHint, code: "unpublished-content"),
            .warning(at: SourceLocation(file: file, line: try fixture.line(of: "javascript:", in: phonesText)),
                     "the link address `javascript:alert(1)` is not published because it could run code or open local files",
                     hint: "link to a web page (https://…) or to another policy instead", code: "unpublished-content"),
        ])
    }

    // MARK: missing-policy

    @Test func linksToPoliciesThatDoNotExistAreListedOnce() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesText, "Staff must keep their phones out of sight in classrooms.",
                            with: "Staff must keep their phones out of sight in classrooms.\n\nSee the [visits policy](../trips/), [consent](trips#rule-consent), the [bullying policy](../anti-bullying/) and [safety](online-safety).")
        let found = PolicyLinksCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        let line = try fixture.line(of: "See the [visits policy]", in: phonesText)
        expect(found, [.warning(at: SourceLocation(file: fixture.file(phonesText), line: line),
                                   "`mobile-phones` links to policies that do not exist: `anti-bullying`, `online-safety` (line \(line))",
                                   hint: "the policies in this handbook are `mobile-phones`, `trips`; until it exists, the words are published without a link",
                                   code: "missing-policy")])
    }

    @Test func aMisspeltPolicyLinkGetsAGuess() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesText, "Staff must keep their phones out of sight in classrooms.",
                            with: "Staff must keep their phones out of sight in classrooms.\n\nSee the [visits policy](../trip/).")
        let found = PolicyLinksCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        let line = try fixture.line(of: "See the [visits policy]", in: phonesText)
        expect(found, [.warning(at: SourceLocation(file: fixture.file(phonesText), line: line),
                                   "`mobile-phones` links to a policy that does not exist: `trip` (line \(line))",
                                   hint: "did you mean `trips`? the policies in this handbook are `mobile-phones`, `trips`; until it exists, the words are published without a link",
                                   code: "missing-policy")])
    }

    // MARK: category-and-related

    @Test func anUnknownCategoryGetsAGuessFromHandbookYml() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: "content/handbook.yml", "title: School policies",
                            with: "title: School policies\ncategories:\n  - id: safety\n    name: Keeping safe")
        try fixture.replace(in: phonesText, "material: true", with: "material: true\ncategory: safty")
        let found = CategoryAndRelatedCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        expect(found, [.error(at: try fixture.location(of: "safty", in: phonesText),
                                 "`safty` is not a category in handbook.yml",
                                 hint: "did you mean `safety`? the categories in handbook.yml are `safety`",
                                 code: "category-and-related")])
    }

    @Test func aCategoryWhenHandbookYmlListsNoneSaysHowToAddOne() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesText, "material: true", with: "material: true\ncategory: safety")
        let found = CategoryAndRelatedCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        expect(found, [.error(at: try fixture.location(of: "safety", in: phonesText),
                                 "`safety` is not a category in handbook.yml",
                                 hint: "handbook.yml lists no categories: add one under `categories:` with this id and a name",
                                 code: "category-and-related")])
    }

    @Test func relatedPoliciesMustBeOtherPoliciesThatExist() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesText, "material: true", with: "material: true\nrelated: [trips, mobile-phones, trip]")
        let found = CategoryAndRelatedCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        expect(found, [
            .error(at: try fixture.location(of: "mobile-phones", in: phonesText),
                   "a policy cannot be related to itself", hint: "remove `mobile-phones` from `related`",
                   code: "category-and-related"),
            .error(at: try fixture.location(of: "trip]", in: phonesText),
                   "there is no policy `trip` to relate to",
                   hint: "did you mean `trips`? the policies are `mobile-phones`, `trips`", code: "category-and-related"),
        ])
    }

    // MARK: quotes

    @Test func everyQuoteFoundAnchorsItsRuleToItsBlock() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let subject = try LoadedContent(fixture).edition("mobile-phones")
        var found: [Diagnostic] = []
        let anchors = CheckRegistry.quotes.anchored(subject, diagnostics: &found)
        #expect(found.isEmpty)
        #expect(Set(anchors.keys) == Set(subject.policy.rules.map(\.id.value)))
        let block = try #require(anchors["phones-out-of-sight"])
        #expect(subject.outline.blocks[block].text == "Staff must keep their phones out of sight in classrooms.")
    }

    @Test func aQuoteNotInTheTextIsAnErrorThatShowsTheClosestPassage() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesRules, "quote: \"Phones must be switched off\"", with: "quote: \"Phones must be switched on\"")
        let subject = try LoadedContent(fixture).edition("mobile-phones")
        var found: [Diagnostic] = []
        let anchors = CheckRegistry.quotes.anchored(subject, diagnostics: &found)
        let line = try fixture.line(of: "- Phones must be switched off", in: phonesText)
        expect(found, [.error(at: try fixture.location(of: "\"Phones must be switched on\"", in: phonesRules),
                                 "the quote of rule `switch-off` is not in the text of \(fixture.file(phonesText))",
                                 hint: "the closest passage, on line \(line) of policy.md, is:\n\"Phones must be switched off\"\ncopy the words exactly, or change the policy text if the quote is right",
                                 code: "quotes")])
        #expect(anchors["switch-off"] == nil)
        #expect(QuotesCheck().run(subject) == found)
    }

    @Test func aQuoteLikeNothingInTheTextSaysToCopyTheWords() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: phonesRules, "quote: \"Phones must be switched off\"",
                            with: "quote: \"Lorem ipsum dolor sit amet\"")
        let found = QuotesCheck().run(try LoadedContent(fixture).edition("mobile-phones"))
        expect(found, [.error(at: try fixture.location(of: "\"Lorem ipsum", in: phonesRules),
                                 "the quote of rule `switch-off` is not in the text of \(fixture.file(phonesText))",
                                 hint: "copy the words from policy.md exactly, from a single paragraph or list item",
                                 code: "quotes")])
    }

    @Test func aQuoteInTwoPlacesIsLinkedToTheFirstWithAWarning() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(phonesText, try fixture.read(phonesText) + "\nStaff may use a phone in an emergency.\n")
        let subject = try LoadedContent(fixture).edition("mobile-phones")
        var found: [Diagnostic] = []
        let anchors = CheckRegistry.quotes.anchored(subject, diagnostics: &found)
        let lines = try fixture.read(phonesText).components(separatedBy: "\n").enumerated()
            .filter { $0.element.contains("Staff may use a phone in an emergency.") }.map { $0.offset + 1 }
        #expect(lines.count == 2)
        expect(found, [.warning(at: try fixture.location(of: "\"Staff may use a phone in an emergency.\"", in: phonesRules),
                                   "the quote of rule `emergencies` appears in more than one place in the policy (lines \(lines.map(String.init).joined(separator: ", "))); it is linked to the first",
                                   hint: "quote a few more words so it names one passage", code: "quotes")])
        let block = try #require(anchors["emergencies"])
        #expect(subject.outline.blocks[block].line == lines[0])
    }
}
