import HandbookContent
import HandbookMarkdown
import HandbookModel
import HandbookReadability

/// Checks handbook.yml: audiences and bands named once each, with ids usable in web addresses.
public enum ConfigChecks {
    public static func check(_ config: HandbookConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if config.audiences.isEmpty {
            diagnostics.append(.error(at: SourceLocation(file: config.path, line: 1), "handbook.yml lists no audiences",
                                      hint: "add at least one audience under `audiences:`, such as `- id: staff`"))
        }
        var seenAudiences: [String: SourceLocation] = [:]
        for audience in config.audiences {
            checkID(audience.id, what: "audience", at: audience.location, seen: &seenAudiences, into: &diagnostics)
            if SiteFolders.reserved.contains(audience.id) {
                diagnostics.append(.error(at: audience.location,
                                          "the audience id `\(audience.id)` is the name of a folder the site already has",
                                          hint: "each audience gets its own folder in the site; choose another id, such as `\(audience.kind.rawValue)`"))
            }
            var seenBands: [String: SourceLocation] = [:]
            for band in audience.bands {
                checkID(band.id, what: "band", at: band.location, seen: &seenBands, into: &diagnostics)
            }
        }
        return diagnostics
    }

    private static func checkID(_ id: String, what: String, at location: SourceLocation,
                                seen: inout [String: SourceLocation], into diagnostics: inout [Diagnostic]) {
        if !ContentPaths.isValidID(id) {
            diagnostics.append(.error(at: location, "the \(what) id `\(id)` cannot be used in a web address",
                                      hint: "use lower-case letters, digits and hyphens, like `years-3-4`"))
        }
        if let first = seen[id] {
            diagnostics.append(.error(at: location, "the \(what) id `\(id)` is used twice",
                                      hint: "the first is on line \(first.line ?? 1); give each \(what) its own id"))
        } else {
            seen[id] = location
        }
    }
}
