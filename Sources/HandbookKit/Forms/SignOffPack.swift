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
        if let problem = FolderGuard(content: request.content, templates: request.templates)
            .problem(request.output, what: "the forms folder", suggestion: "--output forms-out") {
            return Outcome(diagnostics: [problem])
        }
        guard request.roster != nil || request.outstanding || request.chase else {
            return Outcome(diagnostics: [.error(at: SourceLocation(file: request.output), "say who the sheets are for",
                                                hint: "give the roster with --roster staff.csv, or use --outstanding to print for everyone the records say still has to sign")])
        }
        var diagnostics: [Diagnostic] = []
        let templates: TemplateSet?
        switch TemplateSet.load(overriding: TemplateFolder.resolve(request.templates, content: request.content)) {
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
            return Outcome(diagnostics: [PolicyLookup.unknown(request.policy, among: prepared.policies.map(\.id), content: request.content)])
        }
        let audience: Audience, band: Band?
        switch ReaderChoice.resolve(request.audience, band: request.band, config: handbook.config, policy: publication.current.policy) {
        case .failure(let problem): return Outcome(diagnostics: [problem])
        case .success(let choice): (audience, band) = choice
        }

        var people: [RosterEntry] = []
        if let roster = request.roster {
            switch ContentFile.read(URL(fileURLWithPath: roster), shownAs: roster) {
            case .failure(let diagnostic): return Outcome(diagnostics: [diagnostic])
            case .success(let file):
                let parsed = RosterParser.parse(file.text, path: roster, detail: audience.hasBands ? "class" : "role")
                if parsed.diagnostics.hasErrors { return Outcome(diagnostics: parsed.diagnostics) }
                diagnostics += parsed.diagnostics
                people = parsed.entries
            }
        }
        if request.outstanding || request.chase {
            let catalog = EditionCatalog(config: handbook.config, policies: prepared.policies)
            switch Outstanding.people(catalog: catalog, policy: publication.id, audience: audience.id, band: band?.id,
                                      roster: request.roster == nil ? nil : people,
                                      place: RecordsDesk.Place(content: request.content, records: request.records),
                                      templates: request.templates) {
            case .failure(let problems): return Outcome(diagnostics: diagnostics + problems.diagnostics)
            case .success(let outstanding): people = outstanding
            }
            if people.isEmpty { return Outcome(diagnostics: diagnostics) }
        }

        if request.chase {
            return ChaseList.write(people, request: request, config: handbook.config, templates: templates,
                                   publication: publication, audience: audience, band: band, diagnostics: diagnostics)
        }
        let policy = publication.current.policy
        let slug = FormPages.slug(audience, band: band)
        var sheet = FormPages(config: handbook.config, publication: publication).sheet(audience: audience, band: band, page: "pack.html")
        switch FamilyLanguages.parts(for: people, roster: request.roster, config: handbook.config, publication: publication,
                                     band: band, ruleIDs: sheet.rules.map(\.id)) {
        case .failure(let problems): return Outcome(diagnostics: diagnostics + problems.diagnostics)
        case .success(let parts):
            sheet.people = zip(people, parts).map { NamedPerson(name: $0.name, role: $0.role, family: $1) }
        }
        if let earlier = sheet.comparedWith {
            sheet.signedBefore = SignedBefore.anyone(signed: earlier, of: publication.id,
                                                     place: RecordsDesk.Place(content: request.content, records: request.records))
        }
        let template = band == nil ? PageTemplates.signOffPack : PageTemplates.agreementPack
        let named = sheet
        let page = { (pagesPerSheet: Int?) -> SitePage in
            var data = named
            data.pagesPerSheet = pagesPerSheet
            return SitePage(path: "pack.html", template: template, bodyClass: "page-form", data: data)
        }
        let pack = page(nil)
        let renderer = PageRenderer(config: handbook.config, templates: templates)
        let html: String
        do {
            html = try renderer.render(pack)
        } catch {
            return Outcome(diagnostics: diagnostics + [.error(at: SourceLocation(file: templates.file(of: template.name)),
                                                              "the template `\(template.name).mustache` could not be used: \(error)",
                                                              hint: "restore it from the handbook's own templates/ folder")])
        }
        let base = [publication.id, policy.edition.version, slug].map(Register.safeName).joined(separator: "-")
        let folder = URL(fileURLWithPath: request.output)
        let packURL = folder.appendingPathComponent(base + ".html")
        let registerURL = folder.appendingPathComponent(Register.fileName(policy: publication.id, version: policy.edition.version))
        let audienceCell = band.map { "\(audience.id)/\($0.id)" } ?? audience.id
        let rows = people.map {
            Register.Row(name: $0.name, roleOrClass: $0.role, audience: audienceCell, policy: publication.id,
                         version: policy.edition.version, fingerprint: policy.fingerprint.hex)
        }
        var register = (text: Register.render(rows, pupils: audience.hasBands), added: rows.count, kept: false)
        if let existing = FileManager.default.contents(atPath: registerURL.path) {
            guard let text = String(validating: existing, as: UTF8.self) else {
                return Outcome(diagnostics: diagnostics + [.error(at: SourceLocation(file: request.output + "/" + registerURL.lastPathComponent, line: 1),
                                                                  "the register already here is not saved as UTF-8 text, so new names cannot be added to it",
                                                                  hint: "in Excel save it as “CSV UTF-8 (Comma delimited)”, or move it away to start a new one; nothing was written")])
            }
            switch Register.merge(rows, into: text, path: request.output + "/" + registerURL.lastPathComponent, pupils: audience.hasBands) {
            case .failure(let errors): return Outcome(diagnostics: diagnostics + errors.diagnostics)
            case .success(let merged): register = merged
            }
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for asset in templates.assets {
                let url = folder.appendingPathComponent("assets/" + asset.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(asset.data, to: url)
            }
            try AtomicFile.write(Data(html.utf8), to: packURL)
            try AtomicFile.write(Data(register.text.utf8), to: registerURL)
        } catch {
            return Outcome(diagnostics: diagnostics + [.error(at: SourceLocation(file: request.output),
                                                              "could not write the forms: \(error.localizedDescription)",
                                                              hint: "check that you may write to that folder")])
        }
        var outcome = Outcome(diagnostics: diagnostics, pack: packURL.path, register: registerURL.path, people: people.count,
                              registerKept: register.kept, registerAdded: register.added)
        outcome.addPDF(of: packURL, named: base, in: folder, request: request, written: "the HTML pack and register were")
        if let pdf = outcome.pdf {
            outcome.countPagesPerSheet(printed: URL(fileURLWithPath: pdf), people: people.count, packURL: packURL) {
                try renderer.render(page($0))
            }
        }
        return outcome
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
