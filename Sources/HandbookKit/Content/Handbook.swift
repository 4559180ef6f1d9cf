/// Everything in a content folder, loaded: the configuration and every policy, sorted by id.
public struct Handbook: Sendable, Hashable {
    public var config: HandbookConfig
    public var policies: [PolicyEntry]

    public init(config: HandbookConfig, policies: [PolicyEntry]) {
        self.config = config
        self.policies = policies
    }
}
