/// A value in handbook.yml still waiting for the school's own words, written `"FILL IN: …"` by
/// `handbook init`. The handbook builds around it (the site leaves out what it stands for) so the
/// office can preview, but it is reported until it is replaced, and no policy is released with one.
public struct Placeholder: Sendable, Hashable {
    /// How every placeholder starts.
    public static let marker = "FILL IN"

    /// Where it is, in words: "`prepared` in `accessibility`".
    public var field: String
    /// What it asks for: the words after the marker.
    public var request: String
    public var location: SourceLocation

    public init(field: String, request: String, location: SourceLocation) {
        self.field = field
        self.request = request
        self.location = location
    }

    /// True for a value that is still a placeholder.
    public static func isPlaceholder(_ text: String) -> Bool {
        trimmed(text).hasPrefix(marker)
    }

    /// What a placeholder asks for: its text after the marker and any colon.
    public static func request(in text: String) -> String {
        var rest = trimmed(text).dropFirst(marker.count)
        if rest.first == ":" { rest = rest.dropFirst() }
        return String(trimmed(rest))
    }

    private static func trimmed<Text: StringProtocol>(_ text: Text) -> Text.SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
              let last = text.lastIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        return text[first...last]
    }
}
