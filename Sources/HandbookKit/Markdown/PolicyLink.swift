/// A link in policy text to another policy: `../anti-bullying/` as on the site, or just the
/// policy's id, `anti-bullying`, optionally followed by `#anchor`.
public struct PolicyLink: Sendable, Hashable {
    public var policy: String
    public var fragment: String?

    /// Stands for the path back to the site root until a page knows where it is, because one
    /// rendered policy text is used at more than one depth (`policies/P/` and `policies/P/V/`).
    static let rootPlaceholder = "HANDBOOK-ROOT/"

    /// `html` with every placeholder replaced by `root`, the way back to the site root from a page.
    /// Done on bytes: Foundation's replacingOccurrences converts the whole text to UTF-16 first.
    static func placingRoot(_ root: String, in html: String) -> String {
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

    public init?(_ url: String) {
        var target = Substring(url)
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...])
            target = target[..<hash]
        }
        if target.hasPrefix("../") { target = target.dropFirst(3) }
        if target.hasSuffix("/index.html") { target = target.dropLast("/index.html".count) }
        if target.hasSuffix("/") { target = target.dropLast() }
        guard !target.isEmpty, ContentPaths.isValidID(String(target)) else { return nil }
        policy = String(target)
        self.fragment = fragment.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The link as written in rendered policy text, relative to the placeholder root.
    var placeholderURL: String {
        Self.rootPlaceholder + SitePaths.policy(policy) + (fragment.map { "#" + $0 } ?? "")
    }
}

/// A relative link in policy text to another page of the site, such as `../../accessibility/`:
/// written relative to the policy's own page, and rewritten from the site root so it also works
/// on the same text published one folder deeper, at `policies/P/V/`.
enum SiteRelativeLink {
    static func placeholderURL(_ url: String, fromPolicy policy: String) -> String? {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/") else { return nil }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, !path.isEmpty,
              let resolved = SiteLinkChecker.resolve(String(path), from: SitePaths.policy(policy)) else { return nil }
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        return PolicyLink.rootPlaceholder + resolved + fragment
    }
}
