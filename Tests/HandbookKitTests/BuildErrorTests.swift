import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Each mistake the office is likely to make: the message names the file, the line and the
/// problem, the build fails, and the site built before is left exactly as it was.
struct BuildErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var old: String
        var new: String
        /// Text on the line the error must point at, in the file after the change.
        var lineText: String
        var lineFile: String?
        /// `{content}` stands for the content folder's path.
        var message: String
        var hint: String?

        var testDescription: String { name }
    }

    static let phonesRules = "policies/mobile-phones/rules.yml"
    static let phonesPolicy = "policies/mobile-phones/policy.md"

    static let cases: [Case] = [
        Case(name: "malformed YAML", file: phonesRules,
             old: "  kind: must\n  acknowledge: [children]", new: "  kind: must\n    acknowledge: [children]",
             lineText: "    acknowledge: [children]",
             message: "error: YAML cannot start a new `key: value` here: either this line is indented further than the keys above it, or a value holds a colon followed by a space",
             hint: "line the key up with the keys above it, using spaces"),
        Case(name: "a tab in the indentation", file: phonesRules,
             old: "  kind: must\n  acknowledge: [children]", new: "  kind: must\n\tacknowledge: [children]",
             lineText: "\tacknowledge: [children]",
             message: "error: this line has a tab at column 1, and YAML must be indented with spaces, not tabs",
             hint: "replace the tab at column 1 with spaces"),
        Case(name: "a kind written as words", file: phonesRules,
             old: "kind: info", new: "kind: mustn't",
             lineText: "kind: mustn't",
             message: "error: `mustn't` is not a kind of rule",
             hint: "did you mean `must-not`?"),
        Case(name: "unknown key", file: phonesRules,
             old: "applies-to: [children]", new: "applies_to: [children]",
             lineText: "applies_to: [children]",
             message: "error: unknown key `applies_to` in rule `hand-in-at-gate`",
             hint: "did you mean `applies-to`?"),
        Case(name: "wrong type in rules", file: phonesRules,
             old: "applies-to: [staff]", new: "applies-to: staff",
             lineText: "applies-to: staff",
             message: "error: `applies-to` in rule `phones-out-of-sight` should be a list, but it is the single value `staff`",
             hint: "write it like `applies-to: [staff, pupils]`"),
        Case(name: "wrong type in front matter", file: phonesPolicy,
             old: "material: true", new: "material: maybe",
             lineText: "material: maybe",
             message: "error: `material` in the front matter should be `true` or `false`, but it is the single value `maybe`"),
        Case(name: "duplicate rule id", file: phonesRules,
             old: "- id: switch-off", new: "- id: hand-in-at-gate",
             lineText: "- id: hand-in-at-gate\n  quote: \"Phones must be switched off\"",
             message: "error: the rule id `hand-in-at-gate` is used twice in this policy",
             hint: "the first rule with this id is on line 1"),
        Case(name: "duplicate YAML key", file: phonesRules,
             old: "  kind: info\n", new: "  kind: info\n  kind: should\n",
             lineText: "  kind: should",
             message: "error: the key `kind` appears twice in the same block"),
        Case(name: "unknown audience", file: phonesRules,
             old: "applies-to: [staff]", new: "applies-to: [staf]",
             lineText: "applies-to: [staf]",
             message: "error: rule `phones-out-of-sight` names the audience `staf`, which handbook.yml does not list",
             hint: "did you mean `staff`?"),
        Case(name: "unknown band", file: phonesRules,
             old: "key-stage-1: I turn my phone off.", new: "key-stage-one: I turn my phone off.",
             lineText: "key-stage-one: I turn my phone off.",
             message: "error: rule `switch-off` has a summary for the band `key-stage-one`, which `children` does not have",
             hint: "did you mean `key-stage-1`?"),
        Case(name: "missing front matter field", file: phonesPolicy,
             old: "owner: Deputy Headteacher\n", new: "",
             lineText: "title: Mobile Phones Policy",
             message: "error: the front matter is missing `owner`",
             hint: "add a line like `owner: Headteacher`"),
        Case(name: "bad date in front matter keeps the file's own line numbers", file: phonesPolicy,
             old: "effective: 2024-01-08", new: "effective: 8 January 2024",
             lineText: "effective: 8 January 2024",
             message: "error: `effective` in the front matter should be a date written year-month-day, but it is `8 January 2024`"),
        Case(name: "quote not found", file: phonesPolicy,
             old: "Staff must keep their phones out of sight", new: "Staff must keep their mobiles out of sight",
             lineText: "quote: \"Staff must keep their phones out of sight in classrooms.\"", lineFile: phonesRules,
             message: "error: the quote of rule `phones-out-of-sight` is not in the text of {content}/policies/mobile-phones/policy.md",
             hint: "\"Staff must keep their mobiles out of sight in classrooms.\""),
    ]

    @Test(arguments: cases)
    func errorIsReportedAndSiteIsUntouched(_ testCase: Case) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = await fixture.build()
        #expect(first.succeeded, "\(first.diagnostics.printed)")
        let before = snapshotTree(fixture.output)
        #expect(before["index.html"] != nil)

        try fixture.replace(in: "content/" + testCase.file, testCase.old, with: testCase.new)
        let lineFile = testCase.lineFile ?? testCase.file
        let line = try lineNumber(of: testCase.lineText, in: fixture.read("content/" + lineFile))
        let result = await fixture.build()

        #expect(!result.succeeded && result.pageCount == 0)
        let printed = result.diagnostics.printed
        let expectedPrefix = "\(fixture.content)/\(lineFile):\(line):"
        let message = testCase.message.replacingOccurrences(of: "{content}", with: fixture.content)
        let errorLine = printed.split(separator: "\n").first { $0.contains(message) }
        #expect(errorLine != nil, "expected `\(message)` in:\n\(printed)")
        #expect(errorLine?.hasPrefix(expectedPrefix) == true, "expected \(expectedPrefix) in:\n\(printed)")
        if let hint = testCase.hint {
            #expect(printed.contains("hint:") && printed.contains(hint), "\(printed)")
        }
        #expect(snapshotTree(fixture.output) == before)
    }

    /// The line on which `text` (which may span lines) starts in `file`.
    private func lineNumber(of text: String, in file: String) throws -> Int {
        guard let range = file.range(of: text) else { throw FixtureError.notFound(text, "file") }
        return file[file.startIndex..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    @Test func aMissingOrBrokenTemplateIsNamed() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates), to: fixture.url("templates"))
        let templates = fixture.path("templates")
        let policyTemplate = try fixture.read("templates/policy.mustache")
        try FileManager.default.removeItem(at: fixture.url("templates/pupils.mustache"))
        try fixture.replace(in: "templates/policy.mustache", "{{/hasContents}}", with: "{{/contents}}")
        let broken = await fixture.build(templates: templates).diagnostics.printed
        // A template the folder lacks is the built-in one; only the broken one is named.
        #expect(!broken.contains("pupils.mustache"), "\(broken)")
        let lines = try fixture.read("templates/policy.mustache").components(separatedBy: "\n")
        let line = (lines.lastIndex(of: "{{/contents}}") ?? 0) + 1
        #expect(broken.contains("\(templates)/policy.mustache:\(line):"))
        #expect(broken.contains("error: template syntax error: `{{/contents}}` closes a section that is not open here: the open one is `{{#hasContents}}`"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output))

        // Once the templates parse, a misspelt field is named where it is written.
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.templates + "/pupils.mustache"),
                                         to: fixture.url("templates/pupils.mustache"))
        try fixture.write("templates/policy.mustache", policyTemplate)
        try fixture.replace(in: "templates/policy.mustache", "{{ruleCount}}", with: "{{rulecount}}")
        let misspelt = await fixture.build(templates: templates)
        #expect(!misspelt.succeeded)
        let ruleCountLine = try fixture.line(of: "{{rulecount}}", in: "templates/policy.mustache")
        #expect(misspelt.diagnostics.printed.contains("\(templates)/policy.mustache:\(ruleCountLine):51: error: `rulecount` is not a field of any page this template is rendered for, so it would show nothing\n    hint: did you mean `ruleCount`?"),
                "\(misspelt.diagnostics.printed)")
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }

    @Test func aGlossaryErrorStopsTheBuildToo() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/glossary.yml", "- term: consent\n  definitions:\n    famlies: Saying yes.\n")
        let result = await fixture.build()
        #expect(!result.succeeded)
        #expect(result.diagnostics.printed.contains("\(fixture.content)/glossary.yml:3:14: error: the glossary term `consent` has a definition for `famlies`"))
    }
}
