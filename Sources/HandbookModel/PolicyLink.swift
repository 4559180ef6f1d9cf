/// A link in policy text to another policy: `../anti-bullying/` as on the site, or just the
/// policy's id, `anti-bullying`, optionally followed by `#anchor`.
public struct PolicyLink: Sendable, Hashable {
    public var policy: String
    public var fragment: String?

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
}
