import HandbookChecks
import HandbookModel
import HandbookSite

/// plan pages: every page as the typed data its template is rendered over, nothing rendered yet.
enum PlanPagesStage {
    /// One policy's pages: its text and each edition, what changed, its forms and each reader's
    /// view; and its summary, which the whole-handbook pages need once its text is let go.
    static func policy(_ publication: PolicyPublication, in content: LoadedContent)
        throws(StageFailure) -> (pages: [SitePage], summary: PolicySummary) {
        do {
            return try content.site.policy(publication)
        } catch {
            throw StageFailure(error, templates: content.renderer.templates.directory)
        }
    }

    /// The pages about the whole handbook, made from every policy's summary.
    static func handbook(_ summaries: [PolicySummary], in content: LoadedContent) -> [SitePage] {
        content.site.sharedPages(summaries, search: content.renderer.hasSearch)
    }
}
