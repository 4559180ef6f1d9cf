import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// Where links in policy text point once the text is placed in the site.
extension PolicyLink {
    /// The linked page from the site root. Each page the text is placed on puts its own way back
    /// to the root in front, because one rendered policy text is used at more than one depth
    /// (`policies/P/` and `policies/P/V/`).
    package var pathFromRoot: String {
        SitePaths.policy(policy) + (fragment.map { "#" + $0 } ?? "")
    }
}

/// A relative link in policy text to another page of the site, such as `../../accessibility/`:
/// written relative to the policy's own page, and rewritten from the site root so it also works
/// on the same text published one folder deeper, at `policies/P/V/`.
package enum SiteRelativeLink {
    package static func pathFromRoot(_ url: String, fromPolicy policy: String) -> String? {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/") else { return nil }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, !path.isEmpty,
              let resolved = SiteLinkChecker.resolve(String(path), from: SitePaths.policy(policy)) else { return nil }
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        return resolved + fragment
    }
}
