import Foundation
import HandbookTemplates
import Testing

/// A value with named fields, for the tests.
private struct Fields: TemplateObject {
    var values: [String: TemplateValue]

    init(_ values: [String: TemplateValue]) { self.values = values }

    func child(named name: String) -> TemplateValue? { values[name] }
}

private func render(_ source: String, _ values: [String: TemplateValue] = [:],
                    partials: [String: String] = [:]) throws -> String {
    var library = TemplateLibrary(escape: { text in
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    })
    for (name, text) in partials { try library.register(text, named: name) }
    try library.register(source, named: "page")
    return try #require(library.render(Fields(values), withTemplate: "page"))
}

/// The Mustache the templates are written in, rendered over typed values.
struct TemplateRenderingTests {
    @Test func valuesAreEscapedUnlessTripleBraced() throws {
        let values: [String: TemplateValue] = ["name": .string("Tom & <Jo>"), "count": .int(3), "yes": .bool(true)]
        #expect(try render("{{name}}|{{{name}}}|{{&name}}|{{count}}|{{yes}}|{{missing}}", values)
            == "Tom &amp; &lt;Jo>|Tom & <Jo>|Tom & <Jo>|3|true|")
    }

    @Test func sectionsRepeatOverListsAndOpenObjects() throws {
        let items: [Fields] = [Fields(["n": .string("a")]), Fields(["n": .string("b")])]
        let values: [String: TemplateValue] = ["items": .list(items), "none": .list([Fields]()),
                                               "inner": .object(Fields(["n": .string("in")])), "n": .string("out")]
        #expect(try render("{{#items}}[{{n}}]{{/items}}{{^none}}empty{{/none}}{{#inner}}{{n}}{{/inner}}{{n}}", values)
            == "[a][b]emptyinout")
    }

    @Test func falseAndAbsentValuesHideASectionAndShowItsInverse() throws {
        let values: [String: TemplateValue] = ["off": .bool(false), "on": .bool(true), "text": .string("")]
        #expect(try render("{{#off}}A{{/off}}{{^off}}B{{/off}}{{#gone}}C{{/gone}}{{^gone}}D{{/gone}}{{#on}}E{{/on}}{{#text}}F{{/text}}", values)
            == "BDEF")
    }

    @Test func namesAreLookedUpOutwardsUnlessDotted() throws {
        let inner = Fields(["title": .string("inner")])
        let values: [String: TemplateValue] = ["inner": .object(inner), "root": .string("R"),
                                               "edition": .object(Fields(["version": .string("2.0")]))]
        #expect(try render("{{#inner}}{{title}} {{root}} {{.root}}.{{edition.version}}{{/inner}}", values)
            == "inner R .2.0")
        #expect(try render("{{#list}}<{{.}}>{{/list}}", ["list": .list(["x", "y"])]) == "<x><y>")
    }

    @Test func standaloneTagsLeaveNoBlankLines() throws {
        let source = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! a note }}\n</ul>\n"
        #expect(try render(source, ["items": .list(["a", "b"])]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    @Test func aStandalonePartialIsIndentedLineByLine() throws {
        let output = try render("<div>\n    {{> item}}\n</div>\n", ["x": .string("X")], partials: ["item": "<p>\n{{x}}\n</p>\n"])
        #expect(output == "<div>\n    <p>\n    X\n    </p>\n</div>\n")
    }

    @Test func aChildTemplateReplacesItsParentsBlocks() throws {
        let layout = "<title>{{$title}}Handbook{{/title}}</title>\n<main>\n{{$body}}\n{{/body}}\n</main>\n"
        let page = "{{< layout}}\n{{$body}}\n<p>{{text}}</p>\n{{/body}}\n{{/layout}}\n"
        let output = try render(page, ["text": .string("Hello")], partials: ["layout": layout])
        #expect(output == "<title>Handbook</title>\n<main>\n<p>Hello</p>\n</main>\n")
    }

    @Test func delimitersCanBeChanged() throws {
        #expect(try render("{{=<% %>=}}<% name %> {{name}}", ["name": .string("N")]) == "N {{name}}")
    }

    @Test func aMissingPartialRendersNothing() throws {
        #expect(try render("a{{> nowhere}}b") == "ab")
    }
}

/// Templates that cannot be read name the line and column, and the problem.
struct TemplateSyntaxTests {
    private func problem(_ source: String) -> TemplateSyntaxError? {
        var library = TemplateLibrary(escape: { $0 })
        do throws(TemplateSyntaxError) {
            try library.register(source, named: "broken")
            return nil
        } catch {
            return error
        }
    }

    @Test func aSectionClosedWithTheWrongName() throws {
        let error = try #require(problem("<p>\n{{#rules}}\n  x\n  {{/rule}}\n"))
        #expect(error.problem == .closeDoesNotMatch(expected: "#rules", found: "rule"))
        #expect(error.line == 4)
        #expect(error.column == 3)
        #expect(error.message == "`{{/rule}}` closes a section that is not open here: the open one is `{{#rules}}`")
        #expect(error.hint == "close `{{#rules}}` first, with {{/rules}}")
        #expect(problem("{{<layout}}{{$title}}x{{/layout}}")?.message
            == "`{{/layout}}` closes a section that is not open here: the open one is `{{$title}}`")
        #expect(problem("a{{/x}}")?.message == "`{{/x}}` closes a section that was never opened")
    }

    @Test func aSectionNeverClosedIsReportedWhereItOpens() throws {
        let error = try #require(problem("<p>\n  {{#rules}}\nx\n"))
        #expect(error.problem == .sectionNeverClosed(opened: "#rules"))
        #expect(error.position == TemplatePosition(line: 2, column: 3))
        #expect(error.message == "`{{#rules}}` is opened here but never closed")
        #expect(error.hint == "close it with {{/rules}} where the section ends")
    }

    @Test func anUnfinishedTag() throws {
        let error = try #require(problem("<p>{{title</p>\n<p>{{x}}</p>"))
        #expect(error.problem == .tagNotFinished(close: "}}"))
        #expect(error.position == TemplatePosition(line: 1, column: 4))
        #expect(error.message == "a tag is not finished: `}}` is missing before the line ends")
    }

    @Test func aCommentNeverClosed() throws {
        #expect(problem("{{! unfinished")?.problem == .commentNotFinished(close: "}}"))
    }

    @Test func functionsDynamicNamesAndSettingsAreNotSupported() throws {
        #expect(problem("{{uppercased(title)}}")?.problem == .function)
        #expect(problem("{{uppercased(title)}}")?.message
            == "a tag calls a function (`{{name(value)}}`), which these templates do not support")
        #expect(problem("{{>*name}}")?.problem == .dynamicName)
        #expect(problem("{{% CONTENT_TYPE: x }}")?.problem == .setting)
    }

    @Test func onlyBlocksStandInsideAParent() throws {
        #expect(problem("{{<layout}}{{#x}}{{/x}}{{/layout}}")?.problem == .onlyBlocksInsideParent)
        #expect(problem("{{<layout}}{{name}}{{/layout}}")?.problem == .onlyBlocksInsideParent)
        #expect(problem("{{<layout}} text is ignored {{$a}}x{{/a}}{{/layout}}") == nil)
    }

    @Test func handlebarsHabitsAreExplained() throws {
        let each = try #require(problem("{{#each rules}}x{{/each}}"))
        #expect(each.problem == .spaceInName("each rules"))
        #expect(each.hint == "Mustache repeats or opens a section by the value's name alone: {{#rules}}…{{/rules}}")
        #expect(problem("{{#if isNew}}x{{/if}}")?.hint
            == "Mustache shows a section when its value is true or not empty: {{#isNew}}…{{/isNew}}")
        #expect(problem("{{#unless isNew}}x{{/unless}}")?.hint
            == "Mustache shows an inverted section when its value is false or empty: {{^isNew}}…{{/isNew}}")
        #expect(problem("{{}}")?.problem == .emptyName)
        #expect(problem("{{=<%%>=}}")?.problem == .badDelimiters)
    }
}

/// Delimiters are found between Unicode scalars, so marks that join a delimiter to the letter
/// next to it in a grapheme never hide a tag.
struct TemplateScalarTests {
    @Test func aTagFollowedByACombiningMarkOrJoinerIsStillATag() throws {
        for follower in ["\u{301}", "\u{200D}", "\u{FE0F}"] {
            #expect(try render("{{title}}\(follower)", ["title": .string("T")]) == "T\(follower)")
            #expect(try render("\(follower){{title}}", ["title": .string("T")]) == "\(follower)T")
        }
    }

    @Test func aCombiningMarkInsideATagIsPartOfItsName() throws {
        var library = TemplateLibrary(escape: { $0 })
        try library.register("{{\u{301}title}}", named: "page")
        let unknown = library.unknownNames(rendering: [("page", .object(TemplateObjectShape(identity: "Page") {
            ["title": .text]
        }))])
        #expect(unknown.map(\.name) == ["\u{301}title"])
        #expect(unknown.first?.candidates == ["title"])
    }

    @Test func columnsCountScalarsNotBytes() throws {
        var library = TemplateLibrary(escape: { $0 })
        do throws(TemplateSyntaxError) {
            try library.register("é😀{{#x}}", named: "page")
            Issue.record("expected an error")
        } catch {
            #expect(error.position == TemplatePosition(line: 1, column: 3))
        }
    }
}
