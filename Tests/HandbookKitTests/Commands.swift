import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Each command as the command line calls it, through the façade and in this process, on a
/// fixture named by absolute paths. What the command would print comes from the same functions.
extension Fixture {
    func path(_ relative: String) -> String { url(relative).path }

    /// `handbook build` into site/ with the repository's templates; no search index unless `search`
    /// (indexing costs seconds a build, and only the search tests look at it).
    func build(content: String? = nil, templates: String = Repository.templates, output: String? = nil,
               drafts: Bool = false, search: Bool = false,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> HandbookBuild.Report {
        let report = await HandbookBuild.build(.init(content: content ?? self.content, templates: templates, output: output ?? self.output,
                                                     drafts: drafts, search: search))
        expectNothingPrivate(report, in: output ?? self.output, sourceLocation: sourceLocation)
        return report
    }

    /// The check after every build on disk: no roster name in the site, and, when the build
    /// succeeded, every file in it one this build wrote.
    func expectNothingPrivate(_ report: HandbookBuild.Report, in site: String? = nil,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let problems = PublishedSiteScan.problems(in: site ?? output, written: report.succeeded ? report.files : nil)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// `handbook release POLICY --date DATE`.
    func release(_ policy: String, version: String? = nil, date: String = "2024-07-01") async throws -> Releaser.Outcome {
        await Releaser.release(policy: policy, version: version, content: content, date: try #require(CalendarDate(date)))
    }

    /// The request `handbook forms POLICY --roster ROSTER --output OUTPUT …` makes, paths taken from the fixture's root.
    func formsRequest(_ policy: String, roster: String?, output: String, audience: String = "staff", band: String? = nil,
                      outstanding: Bool = false, chase: Bool = false, pdf: Bool = false, records: String? = nil,
                      content: String? = nil, templates: String = Repository.templates) -> SignOffPack.Request {
        SignOffPack.Request(policy: policy, roster: roster.map(path), output: path(output), content: content ?? self.content,
                            templates: templates, audience: audience, band: band, pdf: pdf, outstanding: outstanding,
                            chase: chase, records: records.map(path))
    }

    func forms(_ policy: String, roster: String?, output: String, audience: String = "staff", band: String? = nil,
               outstanding: Bool = false, chase: Bool = false, pdf: Bool = false, records: String? = nil,
               content: String? = nil, templates: String = Repository.templates) async -> SignOffPack.Outcome {
        await SignOffPack.make(formsRequest(policy, roster: roster, output: output, audience: audience, band: band,
                                            outstanding: outstanding, chase: chase, pdf: pdf, records: records,
                                            content: content, templates: templates))
    }

    /// Where `handbook records` keeps the records when no --records is given: records/ beside content/.
    var records: RecordsDesk.Place { RecordsDesk.Place(content: content) }

    /// `handbook records import FILE --today TODAY`.
    func importRegister(_ file: String, today: String = "2026-11-30") async throws -> RecordsDesk.ImportOutcome {
        await RecordsDesk.importRegister(path(file), place: records, today: try #require(CalendarDate(today)))
    }
}

extension [Diagnostic] {
    /// The findings as the terminal shows them.
    var printed: String { DiagnosticFormatter.text(self) }
}

extension Fixture {
    /// The day the records tests import their registers on, unless they say otherwise.
    static let today: CalendarDate = {
        guard let day = CalendarDate("2026-11-30") else { preconditionFailure("2026-11-30 is a date") }
        return day
    }()
}

extension Fixture {
    /// A fixture holding a copy of the shipped content/, with `base-url` added when given, as
    /// the printed pages and forms are checked with and without a public address.
    static func shippedContent(baseURL: String? = nil) throws -> Fixture {
        let fixture = try Fixture(files: [:])
        try? FileManager.default.removeItem(at: fixture.url("content"))
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: fixture.url("content"))
        if let baseURL {
            try fixture.write("content/handbook.yml", try fixture.read("content/handbook.yml") + "base-url: \(baseURL)\n")
        }
        return fixture
    }
}
