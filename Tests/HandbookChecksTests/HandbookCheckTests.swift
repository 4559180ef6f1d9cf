@testable import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// The checks of handbook.yml and glossary.yml, each run by itself.
struct HandbookCheckTests {
    private let handbook = "content/handbook.yml"
    private let glossary = "content/glossary.yml"

    @Test func soundContentGivesNoFindings() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(glossary, "- term: consent\n  definitions:\n    families: Saying yes.\n")
        try fixture.replace(in: handbook, "title: School policies",
                            with: "title: School policies\nbase-url: https://handbook.example.org/\ncategories:\n  - id: safety\n    name: Keeping safe")
        let subject = try LoadedContent(fixture).handbook
        let checks: [any HandbookCheck] = [AudiencesCheck(), GlossaryCheck(), CategoriesCheck(), PublicAddressCheck(),
                                           PlaceholdersCheck(), NoPoliciesCheck()]
        for check in checks {
            #expect(check.run(subject).isEmpty, "\(check.name)")
        }
    }

    // MARK: audiences

    @Test func anAudienceIDUsedTwiceIsAnErrorAtTheSecond() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "- id: families", with: "- id: staff")
        let found = AudiencesCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [.error(at: try fixture.location(of: "staff", in: handbook).onLine(7),
                                 "the audience id `staff` is used twice",
                                 hint: "the first is on line 4; give each audience its own id", code: "audiences")])
    }

    @Test func anAudienceCannotTakeASiteFolder() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "- id: families", with: "- id: policies")
        let found = AudiencesCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [.error(at: SourceLocation(file: fixture.file(handbook), line: 7, column: 9),
                                 "the audience id `policies` is the name of a folder the site already has",
                                 hint: "each audience gets its own folder in the site; choose another id, such as `parents`",
                                 code: "audiences")])
    }

    @Test func aBandIDThatCannotBeInAnAddressIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "- id: key-stage-1", with: "- id: Key Stage 1")
        let found = AudiencesCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [.error(at: try fixture.location(of: "Key Stage 1", in: handbook),
                                 "the band id `Key Stage 1` cannot be used in a web address",
                                 hint: "use lower-case letters, digits and hyphens, like `years-3-4`", code: "audiences")])
    }

    @Test func noAudiencesIsAnErrorAtTheTopOfHandbookYml() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var config = try LoadedContent(fixture).config
        config.audiences = []
        let found = AudiencesCheck().run(HandbookSubject(config: config, glossary: Glossary()))
        expect(found, [.error(at: SourceLocation(file: config.path, line: 1), "handbook.yml lists no audiences",
                                 hint: "add at least one audience under `audiences:`, such as `- id: staff`",
                                 code: "audiences")])
    }

    // MARK: glossary

    @Test func aTermGivenTwiceIsAnErrorAtTheSecond() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(glossary, """
            - term: consent
              definitions:
                families: Saying yes.
            - term: Consent
              definitions:
                families: Agreeing.
            """)
        let found = GlossaryCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [.error(at: try fixture.location(of: "Consent", in: glossary),
                                 "`Consent` is in the glossary twice: it is already explained under `consent`",
                                 hint: "the first is on line 1; keep one entry for it and remove or merge the other",
                                 code: "glossary")])
    }

    @Test func aDefinitionForAnUnknownAudienceIsAnErrorWithAGuess() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(glossary, "- term: consent\n  definitions:\n    famlies: Saying yes.\n")
        let found = GlossaryCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [.error(at: try fixture.location(of: "Saying yes.", in: glossary),
                                 "the glossary term `consent` has a definition for `famlies`, which handbook.yml does not list",
                                 hint: "did you mean `families`? the audiences in handbook.yml are `staff`, `families`, `children`",
                                 code: "glossary")])
        #expect(found.first?.location == SourceLocation(file: fixture.file(glossary), line: 3, column: 14))
    }

    @Test func aDefinitionForAnUnknownBandIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write(glossary, "- term: consent\n  definitions:\n    children:\n      key-stage-3: Saying yes.\n")
        let found = GlossaryCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [.error(at: try fixture.location(of: "Saying yes.", in: glossary),
                                 "the glossary term `consent` has a definition for the band `key-stage-3`, which `children` does not have",
                                 hint: "the bands are `key-stage-1`, `key-stage-2`", code: "glossary")])
    }

    // MARK: categories

    @Test func aCategoryIDMustSuitAnAddressAndBeUsedOnce() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "title: School policies", with: """
            title: School policies
            categories:
              - id: Keeping Safe
                name: Keeping safe
              - id: people
                name: People
              - id: people
                name: More people
            """)
        let found = CategoriesCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [
            .error(at: try fixture.location(of: "Keeping Safe", in: handbook),
                   "the category id `Keeping Safe` cannot be used in a web address",
                   hint: "use lower-case letters, digits and hyphens, like `keeping-safe`", code: "categories"),
            .error(at: try fixture.location(of: "people", in: handbook).onLine(8),
                   "the category id `people` is used twice",
                   hint: "the first is on line 6; give each category its own id", code: "categories"),
        ])
    }

    // MARK: base-url

    private static let writeIt = "write the address the site is published at, like `base-url: https://handbook.example.org/`"
    private static let asABrowserShowsIt = "write the address exactly as a browser shows it, like `base-url: https://handbook.example.org/`; a character that has to be in it is written as `%` and its code, such as `%20` for a space"

    @Test(arguments: [
        ("handbook.example.org", "`handbook.example.org` is not a full web address: it does not start with `https://` or `http://`", writeIt),
        ("ftp://handbook.example.org/", "`ftp://handbook.example.org/` is not a full web address: it does not start with `https://` or `http://`", writeIt),
        ("https://handbook.example.org", "`https://handbook.example.org` is not a full web address ending in /",
         "add `/` at the end: pages are added after it; " + writeIt),
        ("https:///", "`https:///` does not name a web server after `https://`", writeIt),
        ("https://office@handbook.example.org/", "`https://office@handbook.example.org/` holds a user name before `@`, which a public address does not have", writeIt),
        ("https://hand book.org/", "`base-url` holds a space, which cannot be part of a web address", asABrowserShowsIt),
        (#"https://handbook.example.org/"><script>alert(1)</script>/"#, "`base-url` holds a quote mark (`\"`), which cannot be part of a web address", asABrowserShowsIt),
        ("https://handbook.example.org/a<b/", "`base-url` holds `<`, which cannot be part of a web address", asABrowserShowsIt),
        ("https://handbook.example.org/it's/", "`base-url` holds `'`, which cannot be part of a web address", asABrowserShowsIt),
        ("https://handbook.example.org/?page=", "`base-url` has `?` in it, but pages are added after the address",
         "give the folder the site is published in, without `?` and what follows; " + writeIt),
        ("https://handbook.example.org/50%/", "`https://handbook.example.org/50%/` has a `%` at character 32 that is not followed by two hexadecimal digits",
         "write `%25` for a percent sign, or " + writeIt),
    ])
    func anAddressThatIsNotAFullWebAddressIsAnErrorAtItsLine(_ address: String, message: String, hint: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "title: School policies", with: "title: School policies\nbase-url: \(address)")
        let found = PublicAddressCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [.error(at: try fixture.location(of: address, in: handbook), message, hint: hint, code: "base-url")])
        #expect(found.first?.location.line == 3)
    }

    @Test(arguments: ["https://handbook.example.org/", "http://localhost:8000/school/handbook/",
                      "https://example.org/~office/policies%20site/"])
    func aFullWebAddressIsAccepted(_ address: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(in: handbook, "title: School policies", with: "title: School policies\nbase-url: \(address)")
        #expect(PublicAddressCheck().run(try LoadedContent(fixture).handbook).isEmpty)
    }

    /// A form prints its edition's address as a QR code; one too long for any QR code is an error
    /// naming the limit, never a form printed without its code.
    @Test func anAddressTooLongForTheQRCodeOnFormsIsAnErrorNamingTheLimit() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let fits = "https://handbook.example.org/" + String(repeating: "a", count: 2331 - 29 - "policies/mobile-phones/999999999.999999999/".count - 1) + "/"
        try fixture.replace(in: handbook, "title: School policies", with: "title: School policies\nbase-url: \(fits)")
        #expect(PublicAddressCheck().run(try LoadedContent(fixture).handbook).isEmpty)

        let address = "https://handbook.example.org/" + String(repeating: "a", count: 2400) + "/"
        try fixture.replace(in: handbook, fits, with: address)
        let found = PublicAddressCheck().run(try LoadedContent(fixture).handbook)
        expect(found, [.error(at: try fixture.location(of: address, in: handbook),
                              "`base-url` is too long for the QR code on printed forms: a form's address would be up to 2473 characters, and a QR code holds at most 2331",
                              hint: "use a shorter address for the site, at most 2288 characters, like `base-url: https://handbook.example.org/`",
                              code: "base-url")])
    }
}

extension HandbookModel.SourceLocation {
    /// The same column on another line: for a value written more than once in a file.
    func onLine(_ line: Int) -> HandbookModel.SourceLocation {
        HandbookModel.SourceLocation(file: file, line: line, column: column)
    }
}
