import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookSite

/// What the load stage hands on: handbook.yml and the glossary, the list of policy folders, and
/// the site model and renderer made from them and the templates.
struct LoadedContent: Sendable {
    let opened: ContentChecker.Opened
    let site: SiteModel
    private(set) var renderer: PageRenderer
    /// False when handbook.yml or the glossary has errors: every policy is still checked, so that
    /// all of its problems are reported, but no page is made.
    let isSound: Bool

    var policyNames: [String] { opened.folder.policyFolders }

    /// The same content, its pages rendered with a search box.
    func searchable() -> LoadedContent {
        var copy = self
        copy.renderer = PageRenderer(config: opened.config, templates: renderer.templates, hasSearch: true)
        return copy
    }
    /// The policies this build publishes, which pages may link to.
    var published: Set<String> { Set(site.directory.map(\.id)) }
}

/// load: the templates, then the content folder and every policy's title and category, which
/// each policy's pages need for their links to the others. Nil when either cannot be used.
enum LoadStage {
    static func run(_ options: HandbookBuild.Options, diagnostics: inout [Diagnostic]) -> LoadedContent? {
        let templates: TemplateSet
        do {
            templates = try TemplateSet.load(overriding: options.templateFolder)
        } catch {
            diagnostics += error.diagnostics
            return nil
        }
        var found: [Diagnostic] = []
        let opened = ContentChecker.open(options.content, diagnostics: &found)
        diagnostics += found
        guard let opened else { return nil }
        let directory = PolicyDirectory.read(opened.folder, drafts: options.drafts)
        let site = SiteModel(config: opened.config, glossary: opened.folder.glossary, templates: templates,
                             directory: directory)
        let renderer = PageRenderer(config: opened.config, templates: templates)
        return LoadedContent(opened: opened, site: site, renderer: renderer, isSound: !found.hasErrors)
    }
}
