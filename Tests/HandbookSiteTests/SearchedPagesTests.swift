import Foundation
import HandbookChecks
import HandbookModel
import HandbookSite
import HandbookTestSupport
import Testing

/// Which pages readers search is decided where the pages are planned; the shipped templates
/// mark the part of exactly those pages that is indexed.
struct SearchedPagesTests {
    @Test func eachReadersCurrentViewAndTheCurrentTextAreSearchedAndTheTemplatesMarkThem() async throws {
        let templates = try TemplateSet.load(from: Repository.templates)
        let prepared = await ContentChecker.checkAll(Repository.content, drafts: false)
        let handbook = try #require(prepared.handbook)
        let site = SiteModel(config: handbook.config, glossary: handbook.glossary, templates: templates)
        let made = try prepared.policies.map { try site.policy($0) }
        let pages = site.sharedPages(made.map(\.summary), search: true) + made.flatMap(\.pages)

        for policy in prepared.policies {
            let id = policy.id
            let searched = Set(made.flatMap(\.pages).filter { $0.isSearched && $0.path.contains("/\(id)/") }.map(\.path))
            let viewTemplates: Set = ["audience", "parents", "pupils", "parents-translated"]
            let views = Set(pages.filter { viewTemplates.contains($0.template) }.map(\.path).filter { $0.contains("/\(id)/") })
            #expect(!views.isEmpty)
            #expect(searched == views.union([SitePaths.policy(id)]), "\(searched.sorted())")
        }

        let renderer = PageRenderer(config: handbook.config, templates: templates, hasSearch: true)
        for page in pages {
            let html = String(decoding: try renderer.renderBytes(page), as: UTF8.self)
            #expect(html.contains("data-pagefind-body") == page.isSearched, "\(page.path)")
        }
    }
}
