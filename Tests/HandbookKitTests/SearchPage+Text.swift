@testable import HandbookKit

extension SearchPage {
    /// Paths in code-point order, as the feed sends each policy's pages.
    static func inOrder(_ paths: [String]) -> [String] {
        paths.sorted(by: precedes)
    }

    /// `withIndexLanguage` over text.
    static func withIndexLanguage(_ page: String) -> String {
        String(decoding: withIndexLanguage(Array(page.utf8)), as: UTF8.self)
    }
}
