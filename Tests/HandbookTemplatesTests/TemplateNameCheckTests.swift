import HandbookTemplates
import Testing

private struct Rule: TemplateRecord {
    var title: String
    var isNew: Bool
    static let templateFields: TemplateFields<Self> = ["title": .field(\.title), "isNew": .field(\.isNew)]
}

private struct Page: TemplateRecord {
    var heading: String
    var rules: [Rule]
    var lead: Rule?
    static let templateFields: TemplateFields<Self> = [
        "heading": .field(\.heading), "rules": .field(\.rules), "lead": .field(\.lead),
        "ruleCount": .field { $0.rules.count },
    ]
}

/// Names a template writes are checked against the fields the page data declares, through
/// sections, partials, parents and blocks, as rendering would look them up.
struct TemplateNameCheckTests {
    private func unknown(_ source: String, partials: [String: String] = [:]) throws -> [UnknownTemplateName] {
        var library = TemplateLibrary(escape: { $0 })
        for (name, text) in partials { try library.register(text, named: name) }
        try library.register(source, named: "page")
        return library.unknownNames(rendering: [("page", Page.templateShape)])
    }

    @Test func declaredFieldsAnswerAndRender() throws {
        var library = TemplateLibrary(escape: { $0 })
        try library.register("{{heading}}:{{#rules}}[{{title}}{{#isNew}}*{{/isNew}}]{{/rules}}{{ruleCount}}{{#lead}}{{title}}{{/lead}}",
                             named: "page")
        let page = Page(heading: "H", rules: [Rule(title: "a", isNew: true), Rule(title: "b", isNew: false)], lead: nil)
        #expect(library.render(page, withTemplate: "page") == "H:[a*][b]2")
        #expect(try unknown("{{heading}}{{#rules}}{{title}}{{heading}}{{/rules}}{{#lead}}{{isNew}}{{/lead}}{{.}}").isEmpty)
    }

    @Test func aMisspeltNameIsReportedWithWhereItStandsAndWhatWasInReach() throws {
        let found = try unknown("<h1>{{heading}}</h1>\n{{#rules}}\n  <p>{{titel}}</p>\n{{/rules}}\n")
        #expect(found.count == 1)
        let name = try #require(found.first)
        #expect(name.name == "titel")
        #expect(name.template == "page")
        #expect(name.position == TemplatePosition(line: 3, column: 6))
        #expect(name.candidates.contains("title"))
        #expect(name.candidates.contains("heading"))
    }

    @Test func dottedNamesAreFollowedFieldByField() throws {
        #expect(try unknown("{{lead.title}}").isEmpty)
        let found = try #require(try unknown("{{lead.titel}}").first)
        #expect(found.candidates == ["isNew", "title"])
    }

    @Test func partialsAndBlocksAreCheckedInTheContextTheyAreRenderedIn() throws {
        let layout = "<title>{{$title}}{{/title}}</title>\n{{$main}}{{/main}}\n{{>footer}}"
        let page = "{{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}{{#rules}}{{>rule}}{{/rules}}{{/main}}{{/layout}}"
        let found = try unknown(page, partials: ["layout": layout, "rule": "{{title}} {{nmae}}", "footer": "{{heding}}"])
        #expect(found.map(\.name) == ["heding", "nmae"])
        #expect(found.map(\.template) == ["footer", "rule"])
    }

    @Test func aNameIsAnErrorOnlyWhenNoPageRenderingTheTemplateAnswersIt() throws {
        var library = TemplateLibrary(escape: { $0 })
        try library.register("{{title}}", named: "shared")
        try library.register("{{>shared}}", named: "page")
        let rule = Rule.templateShape
        #expect(library.unknownNames(rendering: [("page", Page.templateShape), ("shared", rule)]).isEmpty)
        #expect(library.unknownNames(rendering: [("page", Page.templateShape)]).map(\.name) == ["title"])
    }

    @Test func aTemplateThatIncludesItselfIsWalkedOnce() throws {
        var library = TemplateLibrary(escape: { $0 })
        try library.register("{{#rules}}{{>page}}{{titel}}{{/rules}}", named: "page")
        #expect(library.unknownNames(rendering: [("page", Page.templateShape)]).map(\.name) == ["titel"])
    }

    @Test func habitsFromOtherTemplateLanguagesGetAHint() throws {
        let found = try unknown("{{#rules}}{{this}}{{@index}}{{/rules}}{{else}}")
        #expect(found.map(\.habitHint) == [
            "write {{.}} for the current value",
            "Mustache has no loop variables; the page data must give such a value",
            "Mustache has no {{else}}: close the section, then write the other case as {{^name}}…{{/name}}",
        ])
    }
}

/// Blocks keep the indentation of wherever they are shown, not of where they are written.
struct TemplateInheritanceTests {
    private func render(_ source: String, partials: [String: String]) throws -> String? {
        var library = TemplateLibrary(escape: { $0 })
        for (name, text) in partials { try library.register(text, named: name) }
        try library.register(source, named: "page")
        return library.render(Page(heading: "H", rules: [], lead: nil), withTemplate: "page")
    }

    @Test func aReplacementTakesTheIndentationOfTheBlockItReplaces() throws {
        let layout = "<body>\n    <main>\n    {{$main}}\n    {{/main}}\n    </main>\n</body>\n"
        let page = "{{<layout}}\n{{$main}}\n<h1>{{heading}}</h1>\n  <p>x</p>\n{{/main}}\n{{/layout}}\n"
        #expect(try render(page, partials: ["layout": layout])
            == "<body>\n    <main>\n    <h1>H</h1>\n      <p>x</p>\n    </main>\n</body>\n")
    }

    @Test func aBlockThatOpensAndClosesOnOneLineKeepsThatLine() throws {
        let layout = "a\n  {{$slot}}{{/slot}}\nb\n"
        #expect(try render("{{<layout}}{{$slot}}\nx\ny{{/slot}}\n{{/layout}}\n", partials: ["layout": layout])
            == "a\n  x\n  y\nb\n")
        #expect(try render("{{<layout}}{{/layout}}", partials: ["layout": layout]) == "a\nb\n")
    }

    @Test func theOutermostReplacementWins() throws {
        let partials = ["base": "[{{$a}}base{{/a}}]", "middle": "{{<base}}{{$a}}middle{{/a}}{{/base}}"]
        #expect(try render("{{<middle}}{{$a}}page{{/a}}{{/middle}}", partials: partials) == "[page]")
        #expect(try render("{{<middle}}{{/middle}}", partials: partials) == "[middle]")
    }
}
