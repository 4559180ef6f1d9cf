import Foundation
import HandbookChecks
import HandbookModel
import HandbookSite
import HandbookTestSupport
import Testing

/// The page templates the code declares are the ones in templates/, and the site renders no page
/// with a template left out of the list the template check reads.
struct PageTemplatesTests {
    @Test func everyListedTemplateIsInTheTemplatesFolder() {
        for template in PageTemplates.all {
            let path = Repository.templates + "/" + template.name + ".mustache"
            #expect(FileManager.default.fileExists(atPath: path), "no \(template.name).mustache")
        }
    }

    @Test func everyPageOfTheShippedHandbookUsesAListedTemplate() async throws {
        let pages = try await ShippedHandbookPages.plan().pages

        let listed = Set(PageTemplates.all.map(\.name))
        #expect(!pages.isEmpty)
        for page in pages {
            #expect(listed.contains(page.template), "\(page.path) is rendered with `\(page.template)`, which is not listed")
        }
    }

    @Test func aPageTemplateFindsTheDataThenTheFrame() {
        let root = PageTemplates.policy.checked.root
        #expect(root.field(named: "edition") != nil)
        #expect(root.field(named: "school") != nil)
        #expect(root.field(named: "numbr") == nil)
        #expect(PageTemplates.signOffPack.checked.root.field(named: "people") != nil)
    }
}
