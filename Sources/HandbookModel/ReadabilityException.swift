/// `readability-exception:` in rules.yml: why one reader's text of a rule may stay above their
/// `max-grade`. The gate then warns instead of failing, and the governors' list shows it.
public struct ReadabilityException: Sendable, Hashable {
    public var audience: String
    public var band: String?
    public var reason: String
    /// Where the reason is written.
    public var location: SourceLocation

    public init(audience: String, band: String? = nil, reason: String, location: SourceLocation) {
        self.audience = audience
        self.band = band
        self.reason = reason
        self.location = location
    }
}
