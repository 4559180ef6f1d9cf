import HandbookTemplates

/// The page a static host shows for an address with no page: its words are all in the template.
package struct NotFoundData: PageData {
    package static let templateFields: TemplateFields<Self> = [:]
}
