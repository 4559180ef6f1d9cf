import HandbookTemplates

/// The search page: the readers its results can be narrowed to.
package struct SearchPageData: PageData {
    package var readers: [ReaderOption]

    package static let templateFields: TemplateFields<Self> = [
        "readers": .field(\.readers),
    ]
}

/// One reader: results are narrowed to them by the folder their pages are in.
package struct ReaderOption: PageData {
    package var path: String
    package var name: String

    package static let templateFields: TemplateFields<Self> = [
        "path": .field(\.path),
        "name": .field(\.name),
    ]
}
