import HandbookModel

/// One page of the site: what it is, where it goes, the template that renders it and its typed data.
package struct SitePage: Sendable {
    package enum Kind: String, Sendable, CaseIterable {
        case index
        case readerHome
        case policiesIndex
        case topics
        case search
        case feed
        case accessibility
        /// The full text of the current edition, at `policies/P/`.
        case policyText
        /// A released edition, frozen at `policies/P/V/`.
        case edition
        case changes
        case readerView
        case signOffSheet
        case pupilAgreement
    }

    package var kind: Kind
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

    package init<Data: PageData>(kind: Kind, path: String, template: PageTemplate<Data>, bodyClass: String, data: Data) {
        self.kind = kind
        self.path = path
        self.template = template.name
        self.bodyClass = bodyClass
        self.data = data
    }

    /// The way back to the site root from this page, such as `../../`.
    package var root: String { SitePaths.root(of: path) }
}
