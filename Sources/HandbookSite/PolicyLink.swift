import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// Where links in policy text point once the text is placed in the site.
extension PolicyLink {
    /// Stands for the path back to the site root until a page knows where it is, because one
    /// rendered policy text is used at more than one depth (`policies/P/` and `policies/P/V/`).
    package static let rootPlaceholder = "HANDBOOK-ROOT/"

    /// `html` with every placeholder replaced by `root`, the way back to the site root from a page.
    /// Done on bytes: Foundation's replacingOccurrences converts the whole text to UTF-16 first.
    package static func placingRoot(_ root: String, in html: String) -> String {
        var html = html
        html.makeContiguousUTF8()
        let needle = Array(rootPlaceholder.utf8)
        let replacement = Array(root.utf8)
        return html.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 1024)
            var index = 0
            var copied = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == needle[0],
                   UnsafeBufferPointer(rebasing: bytes[index..<(index + needle.count)]).elementsEqual(needle) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    out.append(contentsOf: replacement)
                    index += needle.count
                    copied = index
                } else {
                    index += 1
                }
            }
            guard copied > 0 else { return html }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        } ?? html
    }

    /// The link as written in rendered policy text, relative to the placeholder root.
    package var placeholderURL: String {
        Self.rootPlaceholder + SitePaths.policy(policy) + (fragment.map { "#" + $0 } ?? "")
    }
}

/// A relative link in policy text to another page of the site, such as `../../accessibility/`:
/// written relative to the policy's own page, and rewritten from the site root so it also works
/// on the same text published one folder deeper, at `policies/P/V/`.
package enum SiteRelativeLink {
    package static func placeholderURL(_ url: String, fromPolicy policy: String) -> String? {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/") else { return nil }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, !path.isEmpty,
              let resolved = SiteLinkChecker.resolve(String(path), from: SitePaths.policy(policy)) else { return nil }
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        return PolicyLink.rootPlaceholder + resolved + fragment
    }
}
