import HandbookModel

/// Renders pages of the site model through the templates.
package struct PageRenderer: Sendable {
    package let config: HandbookConfig
    package let templates: TemplateSet
    package let hasSearch: Bool

    package init(config: HandbookConfig, templates: TemplateSet, hasSearch: Bool = false) {
        self.config = config
        self.templates = templates
        self.hasSearch = hasSearch
    }

    package func render(_ page: SitePage) throws(TemplateMissing) -> String {
        try templates.render(page.template, FramedPage(frame: frame(page), data: page.data))
    }

    /// The page as the bytes to write.
    package func renderBytes(_ page: SitePage) throws(TemplateMissing) -> [UInt8] {
        try templates.renderBytes(page.template, FramedPage(frame: frame(page), data: page.data))
    }

    package func frame(_ page: SitePage) -> PageFrame {
        let base = config.baseURL?.value
        let root = page.isServedAnywhere ? (base ?? "/") : page.root
        // A page in a family's language searches the pages in that language, all of them for one reader.
        let translated = config.languages.contains { $0.id == page.language }
        var frame = PageFrame(root: root, school: config.school, handbookTitle: config.title,
                              bodyClass: page.bodyClass, homeURL: root + SitePaths.index,
                              breadcrumbs: page.breadcrumbs, hasSearch: hasSearch,
                              pageAddress: (base ?? "") + SitePaths.folder(of: page.path), hasPublicAddress: base != nil,
                              searchReader: translated ? nil : readerFolder(of: page.path))
        frame.searchURL = root + (translated ? SitePaths.search(language: page.language) : SitePaths.search)
        frame.pageLanguage = page.language
        frame.pageDirection = page.direction
        return frame
    }

    /// The folder of the reader whose page this is (`parents/`, `pupils/years-3-4/`), so a search
    /// from it starts with that reader's pages; nil on a page for everyone.
    private func readerFolder(of path: String) -> String? {
        config.audiences.lazy.flatMap { audience in
            audience.views.map { SitePaths.folder(of: SitePaths.readerHome(audience.id, band: $0?.id)) }
        }.first { path.hasPrefix($0) }
    }
}
