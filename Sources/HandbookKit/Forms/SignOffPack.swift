import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookOutput
import HandbookSite

/// `handbook forms`: one named sign-off sheet per person on a roster, in one print-ready file,
/// and a register for the office to tick off returns. Written outside the site, never into it.
public enum SignOffPack {
    public struct Request: Sendable {
        public var policy: String
        public var roster: String
        public var output: String
        public var content: String
        public var templates: String
        public var audience: String
        public var pdf: Bool

        public init(policy: String, roster: String, output: String, content: String = "content",
                    templates: String = "templates", audience: String = "staff", pdf: Bool = false) {
            self.policy = policy
            self.roster = roster
            self.output = output
            self.content = content
            self.templates = templates
            self.audience = audience
            self.pdf = pdf
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var pack: String?
        public var register: String?
        public var pdf: String?
        public var people: Int = 0
    }

    public static func make(_ request: Request) async -> Outcome {
        if let problem = siteProblem(request.output) ?? sourceProblem(request) { return Outcome(diagnostics: [problem]) }
        var diagnostics: [Diagnostic] = []
        let rosterFile = ContentFile.read(URL(fileURLWithPath: request.roster), shownAs: request.roster)
        var people: [RosterEntry] = []
        switch rosterFile {
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case .success(let file):
            let parsed = RosterParser.parse(file.text, path: request.roster)
            people = parsed.entries
            diagnostics += parsed.diagnostics
        }
        let templates: TemplateSet?
        switch TemplateSet.load(from: request.templates) {
        case .success(let set): templates = set
        case .failure(let error):
            templates = nil
            diagnostics += error.diagnostics
        }
        let prepared = await ContentChecker.checkAll(request.content, drafts: false)
        diagnostics += prepared.diagnostics.filter { $0.severity == .error }
        guard !diagnostics.hasErrors, let templates, let handbook = prepared.handbook else {
            return Outcome(diagnostics: diagnostics.inReadingOrder)
        }
        guard let publication = prepared.policies.first(where: { $0.id == request.policy }) else {
            return Outcome(diagnostics: diagnostics + [PolicyLookup.unknown(request.policy, among: prepared.policies.map(\.id),
                                                                            content: request.content)])
        }
        guard let audience = handbook.config.audience(request.audience), !audience.hasBands else {
            return Outcome(diagnostics: diagnostics + [.error(at: SourceLocation(file: handbook.config.path),
                                                              "`\(request.audience)` is not an audience without bands in handbook.yml",
                                                              hint: "name the audience whose members sign, like --audience staff")])
        }

        let policy = publication.current.policy
        var sheet = FormPages(config: handbook.config, publication: publication)
            .sheet(audience: audience, band: nil, page: "pack.html")
        sheet.people = people.map { NamedPerson(name: $0.name, role: $0.role) }
        let pack = SitePage(kind: .signOffSheet, path: "pack.html", template: "sign-off-pack", bodyClass: "page-form",
                            data: sheet)
        let html: String
        do {
            html = try PageRenderer(config: handbook.config, templates: templates).render(pack)
        } catch {
            return Outcome(diagnostics: diagnostics + [.error(at: SourceLocation(file: ContentPaths.join(request.templates, "sign-off-pack.mustache")),
                                                              "the template `sign-off-pack.mustache` is missing",
                                                              hint: "restore it from the handbook's own templates/ folder")])
        }
        let base = "\(publication.id)-\(policy.edition.version)-\(audience.id)-sign-off"
        let folder = URL(fileURLWithPath: request.output)
        let packURL = folder.appendingPathComponent(base + ".html")
        let registerURL = folder.appendingPathComponent("register.csv")
        var register = CSV.line(["name", "role", "policy", "version", "fingerprint", "signed-date"])
        for person in people {
            register += CSV.line([person.name, person.role, policy.edition.title, policy.edition.version,
                                  policy.fingerprint.hex, ""])
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for asset in templates.assets {
                let url = folder.appendingPathComponent("assets/" + asset.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try asset.data.write(to: url)
            }
            try Data(html.utf8).write(to: packURL)
            try Data(register.utf8).write(to: registerURL)
        } catch {
            return Outcome(diagnostics: diagnostics + [.error(at: SourceLocation(file: request.output),
                                                              "could not write the forms: \(error.localizedDescription)",
                                                              hint: "check that you may write to that folder")])
        }
        var outcome = Outcome(diagnostics: diagnostics, pack: packURL.path, register: registerURL.path, people: people.count)
        if request.pdf {
            let pdfURL = folder.appendingPathComponent(base + ".pdf")
            if let problem = ChromiumPrinter.print(packURL, to: pdfURL) {
                outcome.diagnostics.append(.error(at: SourceLocation(file: request.output), problem,
                                                  hint: "install it with `apt-get install chromium` (as root), or open \(packURL.path) in a browser and print it; the HTML pack and register were written"))
            } else {
                outcome.pdf = pdfURL.path
            }
        }
        return outcome
    }

    /// Anything under content/ or templates/ (assets are copied into the site) could be published.
    static func sourceProblem(_ request: Request) -> Diagnostic? {
        let output = URL(fileURLWithPath: request.output).standardizedFileURL.path
        for (name, folder) in [("content", request.content), ("templates", request.templates)] {
            let path = URL(fileURLWithPath: folder).standardizedFileURL.path
            if output == path || output.hasPrefix(path + "/") {
                return .error(at: SourceLocation(file: request.output),
                              "the forms folder is inside the \(name) folder, whose files can end up in the published site",
                              hint: "choose a folder outside content/, templates/ and the site, such as --output forms-out")
            }
        }
        return nil
    }

    /// Names must never reach the published site: refuse any folder inside one handbook built.
    static func siteProblem(_ output: String) -> Diagnostic? {
        var url = URL(fileURLWithPath: output).standardizedFileURL
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(SiteMarker.name).path) {
                return .error(at: SourceLocation(file: output),
                              "the forms folder is inside the published site (\(url.path)), and named sheets must never be published",
                              hint: "choose a folder outside the site, such as --output forms-out")
            }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
