import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookRecords
import HandbookSite

/// What `handbook forms` works from: the templates, the checked content, the policy, the reader
/// and the people, each refused with its own message before anything is written.
struct FormsInput {
    var templates: TemplateSet
    var config: HandbookConfig
    var publication: PolicyPublication
    var audience: Audience
    var band: Band?
    var people: [RosterEntry]
    /// Warnings met on the way, such as a roster's, reported with whatever is written.
    var warnings: [Diagnostic]

    static func gather(_ request: SignOffPack.Request) async throws(DiagnosticsError) -> FormsInput {
        if let problem = FolderGuard(content: request.content, templates: request.templates)
            .problem(request.output, what: "the forms folder", suggestion: "--output forms-out") {
            throw DiagnosticsError([problem])
        }
        guard request.roster != nil || request.outstanding || request.chase else {
            throw DiagnosticsError([.error(at: SourceLocation(file: request.output), "say who the sheets are for",
                                           hint: "give the roster with --roster staff.csv, or use --outstanding to print for everyone the records say still has to sign")])
        }
        var diagnostics: [Diagnostic] = []
        let templates: TemplateSet?
        do {
            templates = try TemplateSet.load(overriding: TemplateFolder.resolve(request.templates, content: request.content))
        } catch {
            templates = nil
            diagnostics += error.diagnostics
        }
        let prepared = await ContentChecker.checkAll(request.content, drafts: false)
        diagnostics += prepared.diagnostics.filter { $0.severity == .error }
        guard !diagnostics.hasErrors, let templates, let handbook = prepared.handbook else {
            throw DiagnosticsError(diagnostics.inReadingOrder)
        }
        guard let publication = prepared.policies.first(where: { $0.id == request.policy }) else {
            throw DiagnosticsError([PolicyLookup.unknown(request.policy, among: prepared.policies.map(\.id), content: request.content)])
        }
        let audience: Audience, band: Band?
        do {
            (audience, band) = try ReaderChoice.resolve(request.audience, band: request.band, config: handbook.config,
                                                        policy: publication.current.policy)
        } catch {
            throw DiagnosticsError([error])
        }
        var input = FormsInput(templates: templates, config: handbook.config, publication: publication, audience: audience,
                               band: band, people: [], warnings: diagnostics)
        try input.readRoster(request)
        if request.outstanding || request.chase {
            try input.keepOutstanding(request, policies: prepared.policies)
        }
        return input
    }

    private mutating func readRoster(_ request: SignOffPack.Request) throws(DiagnosticsError) {
        guard let roster = request.roster else { return }
        let file: ContentFile
        do {
            file = try ContentFile.read(URL(fileURLWithPath: roster), shownAs: roster)
        } catch {
            throw DiagnosticsError([error])
        }
        var found: [Diagnostic] = []
        let entries = RosterParser.parse(file.text, path: roster, detail: audience.hasBands ? "class" : "role", diagnostics: &found)
        if found.hasErrors { throw DiagnosticsError(found) }
        warnings += found
        people = entries
    }

    /// Only the people the records say still have to sign: those on the roster, or without one
    /// everyone the records hold.
    private mutating func keepOutstanding(_ request: SignOffPack.Request, policies: [PolicyPublication]) throws(DiagnosticsError) {
        let catalog = EditionCatalog(config: config, policies: policies)
        do {
            people = try Outstanding.people(catalog: catalog, policy: publication.id, audience: audience.id, band: band?.id,
                                            roster: request.roster == nil ? nil : people,
                                            place: RecordsDesk.Place(content: request.content, records: request.records),
                                            templates: request.templates)
        } catch {
            throw DiagnosticsError(warnings + error.diagnostics)
        }
    }
}
