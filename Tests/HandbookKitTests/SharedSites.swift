import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Sites that several tests read and none changes, each built once per test process and kept
/// read-only. A test that changes content or rebuilds still makes its own fixture.
enum SharedSites {
    /// The shipped content, built as `handbook build` builds it.
    static let shipped = Shared { try await builtShipped(baseURL: nil) }

    /// The shipped content with a public address, as the printed pages and forms are checked with.
    static let shippedWithAddress = Shared { try await builtShipped(baseURL: "https://handbook.hasland.example/") }

    /// The whole school's first handbook: seven of its 30 policies released on 1 August 2026, the
    /// site built without drafts in memory, its pages by path.
    static let wholeSchoolFirstHandbook = Shared { () async throws -> [String: String] in
        let fixture = try Fixture(files: WholeSchoolContent.files)
        defer { fixture.remove() }
        for policy in ["uniform", "attendance", "holidays", "lost-property", "mobile-phones", "homework", "marking"] {
            let released = try await fixture.release(policy, date: "2026-08-01")
            guard released.folder != nil else { throw SharedSiteError.notBuilt(released.diagnostics.printed) }
        }
        let built = await HandbookBuild.buildInMemory(.init(content: fixture.content, templates: Repository.templates,
                                                            output: fixture.output, drafts: false, search: false))
        guard built.report.succeeded else { throw SharedSiteError.notBuilt(built.report.diagnostics.printed) }
        return built.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    private static func builtShipped(baseURL: String?) async throws -> Fixture {
        let fixture = try Fixture.shippedContent(baseURL: baseURL)
        let built = await fixture.build()
        guard built.succeeded else { throw SharedSiteError.notBuilt(built.diagnostics.printed) }
        try fixture.share()
        return fixture
    }
}

/// A named pack printed to PDF by `handbook forms --pdf`, shared by the tests that read its pages.
struct PrintedPack: Sendable {
    var fixture: Fixture
    /// What the command printed about it; empty when it had nothing to say.
    var diagnostics: String
    var pdf: String?
    /// The lines the command ends with, saying what it wrote.
    var done: String = ""
}

extension SharedSites {
    static let agreementPupils = ["Pip Quill", "Ro Stone", "Tam Underwood"]

    /// The shipped policy's Years 3 and 4 agreements for class 3B (`agreementPupils`), one named
    /// agreement each, printed to one PDF.
    static let classAgreements = Shared {
        let fixture = try Fixture(files: [:])
        try fixture.write("class-3b.csv", "name,class\n" + agreementPupils.map { "\($0),3B" }.joined(separator: "\n") + "\n")
        let result = await fixture.forms("social-media", roster: "class-3b.csv", output: "pack", audience: "pupils", band: "years-3-4",
                                         pdf: true, records: "records", content: Repository.content)
        try fixture.share()
        return PrintedPack(fixture: fixture, diagnostics: result.diagnostics.printed, pdf: result.pdf)
    }
}

extension SharedSites {
    static let thirtyStaff = (1...30).map { (name: "Person \($0) Example", role: $0 % 3 == 0 ? "Governor" : "Teacher") }

    /// The shipped policy's sign-off pack for thirty named staff (`thirtyStaff`), printed to one PDF.
    static let thirtyStaffPack = Shared { () async throws -> PrintedPack in
        let fixture = try Fixture(files: [:])
        let roster = "name,role,payroll\n" + thirtyStaff.enumerated().map { "\($1.name),\($1.role),x\($0 + 1)" }
            .joined(separator: "\n") + "\n"
        try fixture.write("staff.csv", roster)
        let request = fixture.formsRequest("social-media", roster: "staff.csv", output: "pack", pdf: true, content: Repository.content)
        let result = await SignOffPack.make(request)
        let done = result.doneLines(for: request).joined(separator: "\n")
        try fixture.share()
        return PrintedPack(fixture: fixture, diagnostics: result.diagnostics.printed, pdf: result.pdf, done: done)
    }
}

enum SharedSiteError: Error, CustomStringConvertible {
    case notBuilt(String)

    var description: String {
        switch self {
        case let .notBuilt(printed): "the shared site did not build:\n\(printed)"
        }
    }
}
