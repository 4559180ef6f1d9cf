import HandbookModel
import HandbookSite

/// check links: every link between pages of the new site, and every `#anchor` they point at,
/// before anything is indexed or published. A broken one is an error where it was written.
enum CheckLinksStage {
    static func run(_ rendered: RenderedPages, files: Set<String>, options: HandbookBuild.Options,
                    templates: TemplateSet) -> [Diagnostic] {
        SiteLinkChecker.check(rendered.links, files: files, shownAs: options.output, templateFile: { templates.file(of: $0) })
    }
}
