import Foundation
import HandbookChecks
import HandbookModel
import HandbookRecords
import HandbookSite

/// `forms --chase`: one printed page per class (or staff role) of who still has to sign the
/// current edition, for the class teacher or whoever chases that role. Written beside the
/// sheets, never into the site; no register, as nobody signs a chase list.
enum ChaseList {
    static func write(_ people: [RosterEntry], request: SignOffPack.Request, config: HandbookConfig, templates: TemplateSet,
                      publication: PolicyPublication, audience: Audience, band: Band?,
                      diagnostics: [Diagnostic]) -> SignOffPack.Outcome {
        let groups = pages(people, isClass: band != nil)
        let policy = publication.current.policy
        var sheet = FormPages(config: config, publication: publication).sheet(audience: audience, band: band, page: "chase.html")
        sheet.chaseLists = groups
        let page = SitePage(path: "chase.html", template: PageTemplates.chaseList, bodyClass: "page-form", data: sheet)
        let html: String
        do {
            html = try PageRenderer(config: config, templates: templates).render(page)
        } catch {
            return SignOffPack.Outcome(diagnostics: diagnostics + [.error(
                at: SourceLocation(file: templates.file(of: PageTemplates.chaseList.name)),
                "the template `\(PageTemplates.chaseList.name).mustache` could not be used: \(error)",
                hint: "restore it from the handbook's own templates/ folder")])
        }
        let readers = [audience.id, band?.id].compactMap { $0 }.joined(separator: "-")
        let base = ["chase", publication.id, policy.edition.version, readers].map(Register.safeName).joined(separator: "-")
        let folder = URL(fileURLWithPath: request.output)
        let htmlURL = folder.appendingPathComponent(base + ".html")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for asset in templates.assets {
                let url = folder.appendingPathComponent("assets/" + asset.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(asset.data, to: url)
            }
            try AtomicFile.write(Data(html.utf8), to: htmlURL)
        } catch {
            return SignOffPack.Outcome(diagnostics: diagnostics + [.error(at: SourceLocation(file: request.output),
                                                                          "could not write the chase list: \(error.localizedDescription)",
                                                                          hint: "check that you may write to that folder")])
        }
        var outcome = SignOffPack.Outcome(diagnostics: diagnostics, people: people.count)
        outcome.chaseList = htmlURL.path
        outcome.chasePages = groups.count
        outcome.addPDF(of: htmlURL, named: base, in: folder, request: request, written: "the HTML chase list was")
        return outcome
    }

    /// A page per class or role, as the records tell them apart (case and spacing ignored),
    /// in order (3B before 10A); on each, its people by name.
    static func pages(_ people: [RosterEntry], isClass: Bool) -> [ChaseListData] {
        let grouped = Dictionary(grouping: people) { PersonKey.fold($0.role) }
        let keys = grouped.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        return keys.enumerated().map { index, key in
            let members = (grouped[key] ?? []).sorted { ($0.name.lowercased(), $0.line) < ($1.name.lowercased(), $1.line) }
            return ChaseListData(group: members.first?.role ?? key, isClass: isClass, number: index + 1, count: keys.count,
                                 people: members.map { ChasePerson(name: $0.name, lastSigned: $0.lastSigned) })
        }
    }
}
