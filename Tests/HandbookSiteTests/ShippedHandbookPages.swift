import HandbookChecks
import HandbookModel
import HandbookSite
import HandbookTestSupport
import Testing

/// Every page of the shipped handbook as planned, nothing rendered, with what made it.
struct ShippedHandbookPages {
    var config: HandbookConfig
    var templates: TemplateSet
    /// The whole-handbook pages (with search) and then each policy's.
    var pages: [SitePage]
    var policies: [String]

    static func plan() async throws -> ShippedHandbookPages {
        let templates = try TemplateSet.load(from: Repository.templates)
        let prepared = await ContentChecker.checkAll(Repository.content, drafts: false)
        let handbook = try #require(prepared.handbook)
        let site = SiteModel(config: handbook.config, glossary: handbook.glossary, templates: templates)
        let made = try prepared.policies.map { try site.policy($0) }
        return ShippedHandbookPages(config: handbook.config, templates: templates,
                                    pages: site.sharedPages(made.map(\.summary), search: true) + made.flatMap(\.pages),
                                    policies: prepared.policies.map(\.id))
    }
}
