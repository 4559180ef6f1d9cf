import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// The templates built into handbook: a folder holding only content/ builds with them, and a
/// school's own templates/ replaces them file by file.
struct BuiltInTemplatesTests {
    /// The not-found page as the repository has it, with one more paragraph of the school's own.
    private static let ownNotFound: String = {
        let shipped = (try? String(contentsOfFile: Repository.templates + "/not-found.mustache", encoding: .utf8)) ?? ""
        return shipped.replacingOccurrences(of: "{{/main}}", with: "<p>Ring Oakfield's office on 01234 567890.</p>\n{{/main}}")
    }()

    @Test func aFolderHoldingOnlyContentBuildsWithTheBuiltInTemplates() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path) == ["content"])
        let builtIn = await HandbookBuild.build(.init(content: fixture.content, output: fixture.output, search: false))
        #expect(builtIn.succeeded, "\(builtIn.diagnostics.printed)")

        // The built-in templates are the repository's own, file for file.
        let repository = await fixture.build(output: fixture.path("with-repository-templates"))
        #expect(repository.succeeded)
        let site = snapshotTree(fixture.output)
        #expect(site["index.html"] != nil && site["assets/handbook.css"] != nil)
        #expect(site == snapshotTree(fixture.path("with-repository-templates")))
    }

    @Test func aNewHandbookBuildsWithNoTemplatesFolder() async throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let folder = fixture.path("oakfield")
        #expect(NewHandbook.write(folder: folder, school: "Oakfield Junior School").diagnostics.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/templates"))

        let built = await HandbookBuild.build(.init(content: folder + "/content", output: folder + "/site", search: false))
        #expect(built.succeeded, "\(built.diagnostics.printed)")
        let front = try String(contentsOfFile: folder + "/site/index.html", encoding: .utf8)
        #expect(front.contains("The policies of Oakfield Junior School"))
        #expect(FileManager.default.contents(atPath: folder + "/site/assets/handbook.css")
                == FileManager.default.contents(atPath: Repository.templates + "/assets/handbook.css"))
    }

    /// templates/ beside content/, found by itself, or a folder named as --templates names it:
    /// the one page it holds wins, an asset it adds is published, and the rest are built in.
    @Test(arguments: [nil, "our-look"])
    func oneTemplateOfTheSchoolsOwnWinsAndTheRestAreBuiltIn(named: String?) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = named ?? "templates"
        try fixture.write(folder + "/not-found.mustache", Self.ownNotFound)
        try fixture.write(folder + "/assets/print.css", "p { color: black; }\n")
        let own = await HandbookBuild.build(.init(content: fixture.content, templates: named.map(fixture.path),
                                                  output: fixture.output, search: false))
        #expect(own.succeeded, "\(own.diagnostics.printed)")
        #expect(try fixture.read("site/404.html").contains("<p>Ring Oakfield's office on 01234 567890.</p>"))
        #expect(try fixture.read("site/assets/print.css") == "p { color: black; }\n")

        try FileManager.default.removeItem(at: fixture.url(folder))
        let builtIn = await HandbookBuild.build(.init(content: fixture.content, output: fixture.path("built-in"), search: false))
        #expect(builtIn.succeeded)
        var expected = snapshotTree(fixture.path("built-in"))
        expected["404.html"] = nil
        var site = snapshotTree(fixture.output)
        #expect(site.removeValue(forKey: "404.html") != nil && site.removeValue(forKey: "assets/print.css") != nil)
        #expect(site == expected)
    }

    @Test func aMistakeInTheSchoolsOwnTemplateIsNamedInItsFile() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/not-found.mustache", Self.ownNotFound.replacingOccurrences(of: "{{homeURL}}", with: "{{homeURl}}"))
        let line = try fixture.line(of: "{{homeURl}}", in: "templates/not-found.mustache")
        let built = await HandbookBuild.build(.init(content: fixture.content, output: fixture.output, search: false))
        #expect(!built.succeeded)
        let error = try #require(built.diagnostics.first { $0.severity == .error })
        #expect(built.diagnostics.filter { $0.severity == .error }.count == 1)
        #expect(error.location.file == fixture.path("templates/not-found.mustache") && error.location.line == line)
        #expect(error.message == "`homeURl` is not a field of any page this template is rendered for, so it would show nothing")
        #expect(error.hint == "did you mean `homeURL`?")
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }

    @Test func aTemplatesFolderNamedButNotThereIsAnError() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let missing = fixture.path("our-look")
        let built = await HandbookBuild.build(.init(content: fixture.content, templates: missing, output: fixture.output, search: false))
        #expect(built.diagnostics.count == 1)
        let error = try #require(built.diagnostics.first)
        #expect(error.severity == .error && error.location.file == missing && error.location.line == nil)
        #expect(error.message == "templates folder not found")
        #expect(error.hint == "check the folder named with --templates, or leave --templates out to use the built-in templates")
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }

    @Test func signOffSheetsArePrintedWithTheBuiltInTemplates() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("roster.csv", "name,role\nAlex Example,Teacher\n")
        let outcome = await SignOffPack.make(SignOffPack.Request(policy: "mobile-phones", roster: fixture.path("roster.csv"),
                                                                 output: fixture.path("forms"), content: fixture.content))
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.printed)")
        #expect(FileManager.default.contents(atPath: fixture.path("forms/assets/handbook.css"))
                == FileManager.default.contents(atPath: Repository.templates + "/assets/handbook.css"))
    }
}
