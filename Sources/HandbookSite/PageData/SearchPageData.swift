import HandbookTemplates

/// The search page: the readers its results can be narrowed to.
package struct SearchPageData: PageData {
    package var readers: [ReaderOption]

    package func child(named name: String) -> TemplateValue? {
        name == "readers" ? .of(readers) : nil
    }
}

/// One reader: results are narrowed to them by the folder their pages are in.
package struct ReaderOption: PageData {
    package var path: String
    package var name: String

    package func child(named key: String) -> TemplateValue? {
        switch key {
        case "path": .of(path)
        case "name": .of(name)
        default: nil
        }
    }
}
