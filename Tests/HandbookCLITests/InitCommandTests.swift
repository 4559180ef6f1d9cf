import Foundation
import HandbookTestSupport
import Testing

/// `handbook init` as the office types it: the exit statuses and what it prints.
struct InitCommandTests {
    @Test func initStartsAHandbookOnceAndAsksForTheSchoolsName() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }

        let unnamed = try HandbookRunner.run(["init", "oakfield"], in: fixture.root)
        #expect(unnamed.status == 64)
        #expect(unnamed.stderr.contains("give the school's name with --school, in quote marks, like `handbook init --school \"Hasland Junior School\"`"))
        #expect(!FileManager.default.fileExists(atPath: fixture.url("oakfield").path))

        let started = try HandbookRunner.run(["init", "oakfield", "--school", "Oakfield Junior School"], in: fixture.root)
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout == """
            Started the policy handbook of Oakfield Junior School:
              oakfield/content/
              oakfield/content/handbook.yml
              oakfield/content/policies/
              oakfield/.gitignore
            Next, run `handbook check --content oakfield/content`: it lists what to fill in, and what to do after that.

            """)
        let written = try fixture.read("oakfield/content/handbook.yml")
        #expect(written.contains("school: \"Oakfield Junior School\"\n"))

        let again = try HandbookRunner.run(["init", "oakfield", "--school", "Another School"], in: fixture.root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("oakfield/content: error: oakfield already holds a handbook's content folder, oakfield/content"))
        #expect(try fixture.read("oakfield/content/handbook.yml") == written)

        let check = try HandbookRunner.run(["check", "--content", "oakfield/content"], in: fixture.root)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("oakfield/content/policies: warning: the handbook has no policies yet"))
        #expect(check.stdout.contains("No errors in oakfield/content/ (6 warnings)"))
    }

    /// The new folder has no templates/ and needs none: run from inside it, as the office would,
    /// the build uses the built-in templates; a templates/ named but not there is an error.
    @Test func aNewHandbookBuildsWithTheBuiltInTemplates() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        let started = try HandbookRunner.run(["init", "oakfield", "--school", "Oakfield Junior School"], in: fixture.root)
        #expect(started.status == 0, "\(started.stderr)")
        let folder = fixture.url("oakfield")

        let built = try HandbookRunner.run(["build", "--no-search"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(try fixture.read("oakfield/site/index.html").contains("The policies of Oakfield Junior School"))
        #expect(try fixture.read("oakfield/site/assets/handbook.css")
                == String(contentsOfFile: Repository.templates + "/assets/handbook.css", encoding: .utf8))

        let named = try HandbookRunner.run(["build", "--no-search", "--templates", "our-look"], in: folder)
        #expect(named.status == 1)
        #expect(named.stderr.contains("our-look: error: templates folder not found\n    hint: check the folder named with --templates, or leave --templates out to use the built-in templates"),
                "\(named.stderr)")
    }
}
