/// Everything in a content folder, loaded: the configuration and every policy, sorted by id.
public struct Handbook: Sendable, Hashable {
    public var config: HandbookConfig
    public var policies: [PolicyEntry]
    public var glossary: Glossary

    public init(config: HandbookConfig, policies: [PolicyEntry], glossary: Glossary = Glossary()) {
        self.config = config
        self.policies = policies
        self.glossary = glossary
    }
}
