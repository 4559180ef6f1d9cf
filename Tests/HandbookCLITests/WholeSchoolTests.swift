import Foundation
import HandbookTestSupport
import Testing

/// A school's whole handbook, 30 policies in 6 categories: the pages readers start from stay
/// within three phone screens (2,436 px at 375 px wide) and pass axe-core, at any number of policies.
struct WholeSchoolTests {
    static let phoneScreens = 2_436
    /// The browser checks need Chromium, chromedriver and the Python checkers that .ci/run installs;
    /// CI sets HANDBOOK_REQUIRE_BROWSER=1 so that there they run, never skip.
    static var browserIsRequired: Bool { ProcessInfo.processInfo.environment["HANDBOOK_REQUIRE_BROWSER"] == "1" }

    private static func browserChecksAvailable() -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import selenium, axe_core_python, axe_playwright_python"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
    }

    private func builtSchool() throws -> Fixture {
        let fixture = try Fixture(files: WholeSchoolContent.files)
        for policy in ["anti-bullying", "online-safety", "mobile-phones", "first-aid", "trips"] {
            let released = try HandbookRunner.run(["release", policy, "--content", "content", "--date", "2026-09-01"],
                                                  in: fixture.root)
            #expect(released.status == 0, "\(released.stderr)")
        }
        let built = try HandbookRunner.build(fixture)
        #expect(built.status == 0, "\(built.stderr)")
        return fixture
    }

    @Test func everyPolicyIsListedForItsReadersByCategory() throws {
        let fixture = try builtSchool()
        defer { fixture.remove() }
        let parents = try fixture.read("site/parents/index.html")
        for category in WholeSchoolContent.categories {
            #expect(parents.contains(category.name))
        }
        #expect(parents.components(separatedBy: "class=\"policy-card\"").count - 1 == 30)
        let front = try fixture.read("site/index.html")
        #expect(front.components(separatedBy: "/changes/index.html\"").count - 1 == 5, "the front page lists the five newest releases")
        #expect(try fixture.read("site/policies/index.html").components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 30)
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/feed.xml"))
    }

    @Test func theReadersPagesFitThreePhoneScreensAndPassAxe() throws {
        guard Self.browserChecksAvailable() else {
            #expect(!Self.browserIsRequired, "the browser checks must run here, but Chromium or the Python checkers are missing")
            return
        }
        let fixture = try builtSchool()
        defer { fixture.remove() }
        let pages = ["index.html", "parents/index.html", "staff/index.html", "pupils/years-3-4/index.html",
                     "pupils/years-5-6/index.html", "policies/index.html", "topics/index.html"]
        let result = try HandbookRunner.runTool("python3", [Repository.root.appendingPathComponent(".ci/page_metrics.py").path,
                                                            fixture.output, "375"] + pages)
        #expect(result.status == 0, "\(result.stderr)")
        let metrics = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Any]])
        for page in pages {
            let entry = try #require(metrics[page])
            let height = try #require(entry["height"] as? Int)
            let violations = entry["violations"] as? [String] ?? []
            print("\(page) at 375 px: \(height) px tall, \(violations.count) axe violations")
            #expect(violations.isEmpty, "\(page): \(violations)")
            if page != "policies/index.html" && page != "topics/index.html" {
                #expect(height <= Self.phoneScreens, "\(page) is \(height) px tall at 375 px")
            }
        }
    }
}
