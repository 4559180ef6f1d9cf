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
    /// The policies this build publishes, which pages may link to.
    var published: Set<String> { Set(site.directory.map(\.id)) }

    /// The same content, its pages rendered with a search box.
    func searchable() -> LoadedContent {
        var copy = self
        copy.renderer = PageRenderer(config: opened.config, templates: renderer.templates, hasSearch: true)
        return copy
    }
}

/// load: the templates and, side by side with them, the content folder and every policy's title
/// and category, which each policy's pages need for their links to the others. Nil when either
/// cannot be used; when the templates cannot, only their problems are reported.
enum LoadStage {
    static func run(_ options: HandbookBuild.Options, diagnostics: inout [Diagnostic]) async -> LoadedContent? {
        let templateFolder = options.templateFolder
        // What the side task hands back: the templates, or why they cannot be used.
        async let loading: Result<TemplateSet, DiagnosticsError> = {
            do throws(DiagnosticsError) {
                return .success(try TemplateSet.load(overriding: templateFolder))
            } catch {
                return .failure(error)
            }
        }()
        var found: [Diagnostic] = []
        let opened = ContentChecker.open(options.content, diagnostics: &found)
        let directory = opened.map { PolicyDirectory.read($0.folder, drafts: options.drafts) }
        let templates: TemplateSet
        do {
            templates = try await loading.get()
        } catch {
            diagnostics += error.diagnostics
            return nil
        }
        diagnostics += found
        guard let opened, let directory else { return nil }
        let site = SiteModel(config: opened.config, glossary: opened.folder.glossary, templates: templates,
                             directory: directory)
        let renderer = PageRenderer(config: opened.config, templates: templates)
        return LoadedContent(opened: opened, site: site, renderer: renderer, isSound: !found.hasErrors)
    }
}
