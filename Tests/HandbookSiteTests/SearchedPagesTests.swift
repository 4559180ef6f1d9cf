import HandbookSite
import HandbookTestSupport
import Testing

/// Which pages readers search is decided where the pages are planned; the shipped templates
/// mark the part of exactly those pages that is indexed.
struct SearchedPagesTests {
    @Test func eachReadersCurrentViewAndTheCurrentTextAreSearchedAndTheTemplatesMarkThem() async throws {
        let shipped = try await ShippedHandbookPages.plan()
        let pages = shipped.pages
        #expect(!shipped.policies.isEmpty)
        for id in shipped.policies {
            let searched = Set(pages.filter { $0.isSearched && $0.path.contains("/\(id)/") }.map(\.path))
            let viewTemplates: Set = ["audience", "parents", "pupils", "parents-translated"]
            let views = Set(pages.filter { viewTemplates.contains($0.template) }.map(\.path).filter { $0.contains("/\(id)/") })
            #expect(!views.isEmpty)
            #expect(searched == views.union([SitePaths.policy(id)]), "\(searched.sorted())")
        }

        let renderer = PageRenderer(config: shipped.config, templates: shipped.templates, hasSearch: true)
        for page in pages {
            let html = String(decoding: try renderer.renderBytes(page), as: UTF8.self)
            #expect(html.contains("data-pagefind-body") == page.isSearched, "\(page.path)")
        }
    }
}
