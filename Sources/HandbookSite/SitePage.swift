import HandbookModel

/// One page of the site: where it goes, the template that renders it and its typed data.
package struct SitePage: Sendable {
    package var path: String
    /// The template's name; set with the data, so the two cannot be of different pages.
    package private(set) var template: String
    package var bodyClass: String
    package private(set) var data: any PageData
    /// Links the page carries from content files, as they read on the page, with where they
    /// were written; every other link on the page comes from its template.
    package var linkSources: [String: SourceLocation] = [:]
    /// The pages above this one, from the front page down.
    package var breadcrumbs: [Crumb] = []
    /// The host may show this page at any address, as it does the not-found page, so its links
    /// start from `base-url`, or from the host's root without one, not from its own folder.
    package var isServedAnywhere = false
    /// A page readers search: each reader's current view of a policy and its current full text.
    /// The search index holds these pages and no others; the template marks the part of each
    /// that is indexed (`data-pagefind-body`).
    package var isSearched = false
    /// The page's language and, when it is not the handbook's English, its writing direction.
    package var language = "en-GB"
    package var direction: String?

    package init<Data: PageData>(path: String, template: PageTemplate<Data>, bodyClass: String, data: Data) {
        self.path = path
        self.template = template.name
        self.bodyClass = bodyClass
        self.data = data
    }

    /// The way back to the site root from this page, such as `../../`.
    package var root: String { SitePaths.root(of: path) }
}
