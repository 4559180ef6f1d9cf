import Foundation

/// Adds the reload script to HTML pages as they are served, and widens the page's
/// Content-Security-Policy just enough for it. The built site never contains either.
public struct PageInjector: Sendable {
    public static let scriptPath = "/_handbook/reload.js"
    public static let eventsPath = "/_handbook/events"

    /// The build the page comes from, so a page that was served just before a rebuild still reloads.
    public var build: String

    public init(build: String) {
        self.build = build
    }

    /// The body unchanged unless `mediaType` is HTML.
    public func inject(into body: [UInt8], mediaType: String) -> [UInt8] {
        guard Self.isHTML(mediaType) else { return body }
        return Array(inject(into: String(decoding: body, as: UTF8.self)).utf8)
    }

    public func inject(into html: String) -> String {
        var page = Self.widenPolicies(in: html)
        let script = "<script src=\"\(Self.scriptPath)\" data-build=\"\(build)\"></script>"
        if let end = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            page.insert(contentsOf: script, at: end.lowerBound)
        } else {
            page += script
        }
        return page
    }

    public static func isHTML(_ mediaType: String) -> Bool {
        mediaType.lowercased().hasPrefix("text/html")
    }

    /// `script-src 'self'; connect-src 'self'` added to every Content-Security-Policy meta tag.
    static func widenPolicies(in html: String) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "<meta", options: .caseInsensitive),
              let end = rest[start.upperBound...].range(of: ">") {
            result += rest[..<start.lowerBound]
            var tag = String(rest[start.lowerBound..<end.upperBound])
            if tag.lowercased().contains("content-security-policy"),
               let open = tag.range(of: "content=\"", options: .caseInsensitive),
               let close = tag[open.upperBound...].range(of: "\"") {
                let policy = String(tag[open.upperBound..<close.lowerBound])
                tag.replaceSubrange(open.upperBound..<close.lowerBound, with: widened(policy))
            }
            result += tag
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// Allows the page's own origin to run the script and open the event stream, keeping every other
    /// directive as it was.
    public static func widened(_ policy: String) -> String {
        var directives = policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for name in ["script-src", "connect-src"] {
            if let index = directives.firstIndex(where: { $0.split(separator: " ").first?.lowercased() == name }) {
                var sources = directives[index].split(separator: " ").map(String.init)
                sources.removeAll { $0 == "'none'" }
                if !sources.contains("'self'") { sources.append("'self'") }
                directives[index] = sources.joined(separator: " ")
            } else {
                directives.append("\(name) 'self'")
            }
        }
        return directives.joined(separator: "; ")
    }
}
