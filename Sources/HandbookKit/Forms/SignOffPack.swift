import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookOutput
import HandbookRecords
import HandbookSite

/// `handbook forms`: one named sheet per person on a roster (a sign-off sheet, or a pupil's
/// agreement for a band), in one print-ready file, and a register of returns for the edition.
/// Written outside the site, never into it; the register is never overwritten once dates are in it.
public enum SignOffPack {
    public struct Request: Sendable {
        public var policy: String
        /// The roster or class list; optional with `outstanding`, when the records name the people.
        public var roster: String?
        public var output: String
        public var content: String
        /// The school's own templates, each in place of the built-in one of the same name; nil
        /// looks for templates/ beside the content folder.
        public var templates: String?
        public var audience: String
        public var band: String?
        public var pdf: Bool
        /// Only people who still have to sign the current edition, by the records.
        public var outstanding: Bool
        /// A chase list instead of sheets: a page per class (or staff role) of who still has to sign, by the records.
        public var chase: Bool
        public var records: String?
        /// False makes the PDF as though Chromium were not installed, wherever it is.
        package var looksForChromium = true

        public init(policy: String, roster: String?, output: String, content: String = "content",
                    templates: String? = nil, audience: String = "staff", band: String? = nil, pdf: Bool = false,
                    outstanding: Bool = false, chase: Bool = false, records: String? = nil) {
            self.policy = policy
            self.roster = roster
            self.output = output
            self.content = content
            self.templates = templates
            self.audience = audience
            self.band = band
            self.pdf = pdf
            self.outstanding = outstanding
            self.chase = chase
            self.records = records
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var pack: String?
        public var register: String?
        public var pdf: String?
        public var people: Int = 0
        /// True when the register already held signed dates and was only added to.
        public var registerKept = false
        public var registerAdded = 0
        /// The chase list written, and how many pages (classes or roles) it has.
        public var chaseList: String?
        public var chasePages = 0

        /// What `handbook forms` says about what it wrote, a line each.
        public func doneLines(for request: Request) -> [String] {
            var lines: [String] = []
            if let chaseList {
                lines.append("Wrote a chase list of \(people) \(people == 1 ? "person" : "people") still to sign, on \(chasePages) \(chasePages == 1 ? "page" : "pages"), to \(chaseList)")
            } else if let pack, let register {
                lines.append("Wrote \(people) named sheets to \(pack)")
                lines.append(registerKept
                    ? "Added \(registerAdded) new \(registerAdded == 1 ? "name" : "names") to the register of returns \(register) (the rows already in it were kept)"
                    : "Wrote the register of returns to \(register)")
            } else if request.outstanding || request.chase, !diagnostics.hasErrors {
                lines.append("Nobody still has to sign \(request.policy): \(request.chase ? "no chase list" : "no sheets") written")
            }
            if let pdf { lines.append("Wrote \(pdf)") }
            return lines
        }
    }

    public static func make(_ request: Request) async -> Outcome {
        let input: FormsInput
        do {
            input = try await FormsInput.gather(request)
        } catch {
            return Outcome(diagnostics: error.diagnostics)
        }
        if input.people.isEmpty, request.outstanding || request.chase { return Outcome(diagnostics: input.warnings) }
        if request.chase {
            return ChaseList.write(input.people, request: request, config: input.config, templates: input.templates,
                                   publication: input.publication, audience: input.audience, band: input.band,
                                   diagnostics: input.warnings)
        }
        do {
            return try pack(input, request: request)
        } catch {
            return Outcome(diagnostics: input.warnings + error.diagnostics)
        }
    }

    /// The named sheets in one HTML file, the register of returns beside it, and the PDF if asked.
    private static func pack(_ input: FormsInput, request: Request) throws(DiagnosticsError) -> Outcome {
        let (publication, audience, band, people) = (input.publication, input.audience, input.band, input.people)
        let policy = publication.current.policy
        let sheet = try namedSheet(input, request: request)
        let template = band == nil ? PageTemplates.signOffPack : PageTemplates.agreementPack
        let page = { (pagesPerSheet: Int?) -> SitePage in
            var data = sheet
            data.pagesPerSheet = pagesPerSheet
            return SitePage(path: "pack.html", template: template, bodyClass: "page-form", data: data)
        }
        let renderer = PageRenderer(config: input.config, templates: input.templates)
        let html: String
        do {
            html = try renderer.render(page(nil))
        } catch {
            throw DiagnosticsError([.error(at: SourceLocation(file: input.templates.file(of: template.name)),
                                           "the template `\(template.name).mustache` could not be used: \(error)",
                                           hint: "restore it from the handbook's own templates/ folder")])
        }
        let base = [publication.id, policy.edition.version, FormPages.slug(audience, band: band)].map(Register.safeName).joined(separator: "-")
        let folder = URL(fileURLWithPath: request.output)
        let packURL = folder.appendingPathComponent(base + ".html")
        let registerURL = folder.appendingPathComponent(Register.fileName(policy: publication.id, version: policy.edition.version))
        let register = try registerText(input, at: registerURL, output: request.output)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for asset in input.templates.assets {
                let url = folder.appendingPathComponent("assets/" + asset.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(asset.data, to: url)
            }
            try AtomicFile.write(Data(html.utf8), to: packURL)
            try AtomicFile.write(Data(register.text.utf8), to: registerURL)
        } catch {
            throw DiagnosticsError([.error(at: SourceLocation(file: request.output),
                                           "could not write the forms: \(error.localizedDescription)",
                                           hint: "check that you may write to that folder")])
        }
        var outcome = Outcome(diagnostics: input.warnings, pack: packURL.path, register: registerURL.path, people: people.count,
                              registerKept: register.kept, registerAdded: register.added)
        outcome.addPDF(of: packURL, named: base, in: folder, request: request, written: "the HTML pack and register were")
        if let pdf = outcome.pdf {
            outcome.countPagesPerSheet(printed: URL(fileURLWithPath: pdf), people: people.count, packURL: packURL) {
                try renderer.render(page($0))
            }
        }
        return outcome
    }

    /// The edition's sheet for the reader, with a named copy per person, each family's language beside it.
    private static func namedSheet(_ input: FormsInput, request: Request) throws(DiagnosticsError) -> FormData {
        let publication = input.publication
        var sheet = FormPages(config: input.config, publication: publication)
            .sheet(audience: input.audience, band: input.band, page: "pack.html")
        let parts = try FamilyLanguages.parts(for: input.people, roster: request.roster, config: input.config,
                                              publication: publication, band: input.band, ruleIDs: sheet.rules.map(\.id))
        sheet.people = zip(input.people, parts).map { NamedPerson(name: $0.name, role: $0.role, family: $1) }
        if let earlier = sheet.comparedWith {
            sheet.signedBefore = SignedBefore.anyone(signed: earlier, of: publication.id,
                                                     place: RecordsDesk.Place(content: request.content, records: request.records))
        }
        return sheet
    }

    /// The register of returns: new, or the one already in the folder with the new names added and
    /// every row already there kept as it is.
    private static func registerText(_ input: FormsInput, at url: URL, output: String) throws(DiagnosticsError)
        -> (text: String, added: Int, kept: Bool) {
        let policy = input.publication.current.policy
        let audienceCell = input.band.map { "\(input.audience.id)/\($0.id)" } ?? input.audience.id
        let rows = input.people.map {
            Register.Row(name: $0.name, roleOrClass: $0.role, audience: audienceCell, policy: input.publication.id,
                         version: policy.edition.version, fingerprint: policy.fingerprint.hex)
        }
        let pupils = input.audience.hasBands
        guard let existing = FileManager.default.contents(atPath: url.path) else {
            return (Register.render(rows, pupils: pupils), rows.count, false)
        }
        let shown = output + "/" + url.lastPathComponent
        guard let text = String(validating: existing, as: UTF8.self) else {
            throw DiagnosticsError([.error(at: SourceLocation(file: shown, line: 1),
                                           "the register already here is not saved as UTF-8 text, so new names cannot be added to it",
                                           hint: "in Excel save it as “CSV UTF-8 (Comma delimited)”, or move it away to start a new one; nothing was written")])
        }
        do {
            return try Register.merge(rows, into: text, path: shown, pupils: pupils)
        } catch {
            throw DiagnosticsError(error.diagnostics)
        }
    }
}

extension SignOffPack.Outcome {
    /// Every person's sheet holds the same words but their name, so a print of the pack whose pages
    /// divide evenly among the people gives each sheet's length; the pack is written and printed
    /// again with it, so each page says “Page 1 of 2” within its person's sheet. A longer name can
    /// only add a page, never take one away, so pages that divide evenly mean every sheet is alike.
    /// Otherwise the pages stay numbered without a total.
    mutating func countPagesPerSheet(printed pdf: URL, people: Int, packURL: URL, render: (Int) throws -> String) {
        // The print style sheet gives a total for sheets of up to six pages.
        guard people > 0, let pages = PDFPageCount.of(pdf), pages % people == 0, (1...6).contains(pages / people),
              let html = try? render(pages / people),
              (try? AtomicFile.write(Data(html.utf8), to: packURL)) != nil else { return }
        if let problem = ChromiumPrinter.print(packURL, to: pdf) {
            diagnostics.append(.error(at: SourceLocation(file: packURL.path), problem,
                                      hint: "open \(packURL.path) in a browser and print it; the HTML pack and register were written"))
            self.pdf = nil
        }
    }
}
